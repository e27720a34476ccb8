package io.github.aimshandbook.engine.state;

import io.github.aimshandbook.engine.check.Readiness;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the last build saw and did, kept beside the output folder so that the next build can tell whether anything
 * changed: the hashes of the content and plugin files, the keys of the options, the files it wrote with their
 * sizes, and its findings and readiness, so that a skipped build reports (and fails) exactly as the last one did.
 * {@code buildKey} is empty when the last run only checked. {@code readiness} is null when there was none.
 */
public record BuildState(long hashedAt, String checkKey, String buildKey, SortedMap<String, FileHashes.Entry> inputs,
        SortedMap<String, FileHashes.Entry> plugin, SortedMap<String, Long> outputs, List<Finding> findings,
        Readiness readiness) {

    private static final String HEADER = "aims-state\t1";

    public BuildState {
        inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
        plugin = Collections.unmodifiableSortedMap(new TreeMap<>(plugin));
        outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
        findings = List.copyOf(findings);
    }

    /** One record a line, fields separated by tabs; tabs, line breaks and backslashes in values are escaped. */
    public String format() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        line(out, "hashedAt", Long.toString(hashedAt));
        line(out, "check", checkKey);
        line(out, "build", buildKey);
        inputs.forEach((path, e) -> line(out, "input", path, Long.toString(e.size()), Long.toString(e.modified()),
                e.sha256()));
        plugin.forEach((path, e) -> line(out, "plugin", path, Long.toString(e.size()), Long.toString(e.modified()),
                e.sha256()));
        outputs.forEach((path, size) -> line(out, "output", path, Long.toString(size)));
        for (Finding f : findings) {
            line(out, "finding", f.severity().name(), f.code(), f.location().file(),
                    Integer.toString(f.location().line()), Integer.toString(f.location().column()), f.message());
        }
        if (readiness != null) {
            List<String> fields = new ArrayList<>(List.of("readiness", Integer.toString(readiness.controls()),
                    Integer.toString(readiness.applicable()), Integer.toString(readiness.withEvidence()),
                    Integer.toString(readiness.documented()), Integer.toString(readiness.evidenced()),
                    Integer.toString(readiness.current())));
            fields.addAll(readiness.gaps());
            line(out, fields.toArray(String[]::new));
        }
        return out.toString();
    }

    /** The state in {@code text}, or empty when it is not one this version wrote (then the build runs). */
    public static Optional<BuildState> parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            return Optional.empty();
        }
        long hashedAt = -1;
        String check = null;
        String build = null;
        SortedMap<String, FileHashes.Entry> inputs = new TreeMap<>();
        SortedMap<String, FileHashes.Entry> plugin = new TreeMap<>();
        SortedMap<String, Long> outputs = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        Readiness readiness = null;
        try {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isEmpty()) {
                    continue;
                }
                String[] f = Arrays.stream(lines[i].split("\t", -1)).map(BuildState::unescape).toArray(String[]::new);
                switch (f[0]) {
                    case "hashedAt" -> hashedAt = Long.parseLong(f[1]);
                    case "check" -> check = f[1];
                    case "build" -> build = f[1];
                    case "input" -> inputs.put(f[1], entry(f));
                    case "plugin" -> plugin.put(f[1], entry(f));
                    case "output" -> outputs.put(f[1], Long.parseLong(f[2]));
                    case "finding" -> findings.add(new Finding(Severity.valueOf(f[1]), f[2], f[6],
                            new Location(f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5]))));
                    case "readiness" -> readiness = new Readiness(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                            Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]),
                            Integer.parseInt(f[6]), List.of(f).subList(7, f.length));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // damaged or foreign: treated as no state, so the build runs
        }
        if (hashedAt < 0 || check == null || build == null) {
            return Optional.empty();
        }
        return Optional.of(new BuildState(hashedAt, check, build, inputs, plugin, outputs, findings, readiness));
    }

    private static FileHashes.Entry entry(String[] f) {
        return new FileHashes.Entry(Long.parseLong(f[2]), Long.parseLong(f[3]), f[4]);
    }

    private static void line(StringBuilder out, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(escape(fields[i]));
        }
        out.append('\n');
    }

    static String escape(String value) {
        StringBuilder s = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> s.append("\\\\");
                case '\t' -> s.append("\\t");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    static String unescape(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder s = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                s.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }
}
