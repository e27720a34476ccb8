package io.github.aimshandbook.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarizes the CPU samples of a JFR recording ({@code jdk.ExecutionSample}): the methods where time is spent
 * (self), the engine methods whose calls hold it (inclusive: any frame of {@code io.github.aimshandbook} on the
 * stack), the libraries by package, and the threads (how much ran outside the main thread, i.e. in parallel).
 *
 * <p>Usage: {@code JfrSummary RECORDING.jfr [TOP]}.
 */
public final class JfrSummary {

    private JfrSummary() {
    }

    public static void main(String[] args) throws IOException {
        System.out.print(summarize(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 20));
    }

    static String summarize(Path recording, int top) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> engine = new HashMap<>();
        Map<String, Integer> packages = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(recording)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = stack.getFrames();
            self.merge(name(frames.get(0)), 1, Integer::sum);
            Set<String> mine = new LinkedHashSet<>();
            String library = null;
            for (RecordedFrame f : frames) {
                String type = f.getMethod().getType().getName();
                if (type.startsWith("io.github.aimshandbook.")) {
                    mine.add(name(f));
                }
                if (library == null && !type.startsWith("java.") && !type.startsWith("jdk.")
                        && !type.startsWith("sun.")) {
                    library = packageOf(type);
                }
            }
            mine.forEach(m -> engine.merge(m, 1, Integer::sum));
            packages.merge(library == null ? "(JDK only)" : library, 1, Integer::sum);
            String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
            threads.merge(thread == null ? "?" : thread.replaceAll("\\d+", "N"), 1, Integer::sum);
        }
        StringBuilder s = new StringBuilder();
        s.append("CPU samples: ").append(samples).append(" (jdk.ExecutionSample)\n");
        section(s, "Threads", threads, samples, top);
        section(s, "Engine methods on the stack (inclusive)", engine, samples, top);
        section(s, "First non-JDK package on the stack", packages, samples, top);
        section(s, "Hottest methods (self)", self, samples, top);
        return s.toString();
    }

    private static void section(StringBuilder s, String title, Map<String, Integer> counts, int samples, int top) {
        s.append("\n").append(title).append(":\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> s.append(String.format(Locale.ROOT, "  %5.1f%%  %6d  %s%n",
                        100.0 * e.getValue() / Math.max(1, samples), e.getValue(), e.getKey())));
    }

    private static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName() + " ("
                + packageOf(type) + ")";
    }

    private static String packageOf(String type) {
        String[] parts = type.split("\\.");
        int n = Math.min(parts.length - 1, parts[0].equals("io") || parts[0].equals("com") ? 4 : 3);
        return String.join(".", java.util.Arrays.copyOf(parts, Math.max(1, n)));
    }
}
