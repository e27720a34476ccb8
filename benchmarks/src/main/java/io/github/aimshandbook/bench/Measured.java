package io.github.aimshandbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One timed run of a whole process under {@code /usr/bin/time -v}: wall time, peak RSS, CPU, the heap peak from the
 * JVM's GC log (when it wrote one), the stage times the plugin logged, and the CPU that other processes of the
 * machine used meanwhile (interference: both cores are shared). Immutable.
 */
record Measured(int exitCode, long wallMillis, long maxRssKb, double cpuSeconds, double foreignCpuSeconds,
        long heapPeakMb, long heapLiveMb, long gcPauseMillis, Map<String, Long> stages, long pluginMillis, String findings,
        Path log) {

    private static final Pattern WROTE = Pattern.compile(
            "Wrote the (?:handbook \\(\\d+ files\\)|report) to .* in (\\d+) ms \\{([^}]*)\\}");
    private static final Pattern FINDINGS = Pattern.compile("AIMS content: (\\d+ error\\(s\\), \\d+ warning\\(s\\))");
    private static final Pattern GC = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");
    private static final Pattern PAUSE = Pattern.compile("Pause .* ([\\d.]+)ms$");
    private static final Pattern EXIT_HEAP = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    /** The process being measured, ended with its children if the harness is stopped. */
    private static final java.util.concurrent.atomic.AtomicReference<Process> RUNNING =
            new java.util.concurrent.atomic.AtomicReference<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Process p = RUNNING.get();
            if (p != null) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
            }
        }));
    }

    boolean ok() {
        return exitCode == 0;
    }

    /** Runs {@code command} in {@code dir}; its output goes to {@code log}, its GC log (if any) to {@code gcLog}. */
    static Measured run(List<String> command, Path dir, Map<String, String> env, Path log, Path gcLog) {
        try {
            Files.createDirectories(log.getParent());
            Files.deleteIfExists(gcLog);
            Path timeFile = log.resolveSibling(log.getFileName() + ".time");
            List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-v", "-o", timeFile.toString()));
            full.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            env.forEach((k, v) -> pb.environment().put(k, v.replace(Harness.GC_LOG_PLACEHOLDER,
                    gcLog.toString())));
            long[] before = busyAndTotalTicks();
            long start = System.nanoTime();
            Process process = pb.start();
            RUNNING.set(process);
            int exit = process.waitFor();
            RUNNING.set(null);
            long wall = (System.nanoTime() - start) / 1_000_000;
            long[] after = busyAndTotalTicks();
            String time = Files.readString(timeFile);
            String out = Files.readString(log, StandardCharsets.UTF_8);
            double cpu = number(time, "User time \\(seconds\\): ([\\d.]+)") + number(time,
                    "System time \\(seconds\\): ([\\d.]+)");
            long rss = (long) number(time, "Maximum resident set size \\(kbytes\\): (\\d+)");
            double busy = (after[0] - before[0]) / (double) TICKS_PER_SECOND;
            Map<String, Long> stages = new LinkedHashMap<>();
            long pluginMillis = -1;
            Matcher w = WROTE.matcher(out);
            if (w.find()) {
                pluginMillis = Long.parseLong(w.group(1));
                for (String part : w.group(2).split(",\\s*")) {
                    String[] kv = part.split("=");
                    if (kv.length == 2) {
                        stages.put(kv[0].strip(), Long.parseLong(kv[1].strip()));
                    }
                }
            }
            Matcher f = FINDINGS.matcher(out);
            long[] heap = heap(gcLog);
            return new Measured(exit, wall, rss, cpu, Math.max(0, busy - cpu), heap[0], heap[1], heap[2], stages,
                    pluginMillis, f.find() ? f.group(1) : "", log);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        }
    }

    /**
     * Waits until the machine is quiet (other processes use under a quarter of a core over one second), at most
     * {@code maxSeconds}, so that a run does not start in the middle of someone else's build. Returns whether it was.
     */
    static boolean awaitQuiet(int maxSeconds) {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        try {
            while (System.nanoTime() < deadline) {
                long[] a = busyAndTotalTicks();
                Thread.sleep(1000);
                long[] b = busyAndTotalTicks();
                if ((b[0] - a[0]) / (double) TICKS_PER_SECOND < 0.25) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** USER_HZ: 100 on every Linux this runs on. */
    private static final int TICKS_PER_SECOND = 100;

    /** Busy and total CPU ticks of the machine from /proc/stat (all cores), to see what else ran meanwhile. */
    private static long[] busyAndTotalTicks() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = cpu.trim().split("\\s+");
            long total = 0;
            long idle = 0;
            for (int i = 1; i < f.length; i++) {
                long v = Long.parseLong(f[i]);
                total += v;
                if (i == 4 || i == 5) {
                    idle += v; // idle, iowait
                }
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /**
     * Peak heap before any GC or at exit, and the largest heap left after a GC (what was live), in MB; and the time
     * the application stood still for GC pauses, in ms.
     */
    private static long[] heap(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return new long[] {-1, -1, -1};
        }
        long peak = -1;
        long live = -1;
        double pauses = 0;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher p = PAUSE.matcher(line);
            if (p.find()) {
                pauses += Double.parseDouble(p.group(1));
            }
            Matcher g = GC.matcher(line);
            if (g.find()) {
                peak = Math.max(peak, Long.parseLong(g.group(1)));
                live = Math.max(live, Long.parseLong(g.group(2)));
            }
            Matcher e = EXIT_HEAP.matcher(line);
            if (e.find()) {
                peak = Math.max(peak, Long.parseLong(e.group(1)) / 1024);
            }
        }
        return new long[] {peak, live, Math.round(pauses)};
    }

    private static double number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }

    /** The median of each figure over the runs (the lower middle one for an even count). */
    static Measured median(List<Measured> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        Map<String, Long> stages = new LinkedHashMap<>();
        runs.get(0).stages().keySet().forEach(k -> stages.put(k,
                medianOf(runs.stream().map(r -> r.stages().getOrDefault(k, -1L)).toList())));
        Measured byWall = runs.stream().sorted(java.util.Comparator.comparingLong(Measured::wallMillis))
                .toList().get((runs.size() - 1) / 2);
        return new Measured(runs.stream().mapToInt(Measured::exitCode).max().orElse(0),
                medianOf(runs.stream().map(Measured::wallMillis).toList()),
                medianOf(runs.stream().map(Measured::maxRssKb).toList()),
                medianOf(runs.stream().map(r -> Math.round(r.cpuSeconds() * 1000)).toList()) / 1000.0,
                medianOf(runs.stream().map(r -> Math.round(r.foreignCpuSeconds() * 1000)).toList()) / 1000.0,
                runs.stream().mapToLong(Measured::heapPeakMb).max().orElse(-1),
                runs.stream().mapToLong(Measured::heapLiveMb).max().orElse(-1),
                medianOf(runs.stream().map(Measured::gcPauseMillis).toList()),
                stages,
                medianOf(runs.stream().map(Measured::pluginMillis).toList()),
                byWall.findings(), byWall.log());
    }

    private static long medianOf(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
