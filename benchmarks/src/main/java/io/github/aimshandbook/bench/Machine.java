package io.github.aimshandbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: CPU, cores, memory, JDK, Maven. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = "?";
        String memory = "?";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("?");
            memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GiB")
                    .orElse("?");
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the figures unknown
        }
        String maven = Harness.output(() -> List.of("mvn", "-v")).lines()
                .filter(l -> l.contains("Apache Maven")).findFirst().orElse("?")
                .replaceAll("\u001B\\[[;\\d]*m", "").replaceAll("\\s*\\(.*", "");
        return "Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (" + cpu + "), " + memory
                + " RAM; Java " + System.getProperty("java.runtime.version") + "; " + maven + "; "
                + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }
}
