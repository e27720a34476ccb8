package io.github.aimshandbook.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The name and version of this generator, as written into the report and the page footers. */
public record Generator(String name, String version) {

    public static Generator current() {
        return new Generator("AIMS Handbook", properties().getProperty("version", "unknown"));
    }

    /** Where users report bugs: the project's issue tracker, from its pom. */
    public static String issueTracker() {
        return properties().getProperty("issues", "https://github.com/aimshandbook/aims-handbook/issues");
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = Generator.class.getResourceAsStream("/io/github/aimshandbook/engine/generator.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the version and the address are informative only; an unreadable file leaves the defaults
        }
        return p;
    }
}
