package io.github.aimshandbook.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of the plugin these benchmarks were built with, so that generated poms use the installed one. */
final class BenchProperties {

    private BenchProperties() {
    }

    static String pluginVersion() {
        String override = System.getProperty("aims.version");
        if (override != null && !override.isBlank()) {
            return override;
        }
        try (InputStream in = BenchProperties.class.getResourceAsStream("bench.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("plugin.version");
        } catch (IOException e) {
            throw new UncheckedIOException("bench.properties is missing from the benchmarks jar", e);
        }
    }
}
