package io.github.aimshandbook.engine.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The name and version of this generator, as written into the report and the page footers. */
public record Generator(String name, String version) {

    public static Generator current() {
        Properties p = new Properties();
        try (InputStream in = Generator.class.getResourceAsStream("/io/github/aimshandbook/engine/generator.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // the version is informative only; an unreadable file leaves it unknown
        }
        return new Generator("AIMS Handbook", p.getProperty("version", "unknown"));
    }
}
