package io.github.aimshandbook.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The benchmark harness of issue 8 (and the PDF speed of issue 4). Every figure is a whole process: a fresh
 * {@code mvn} (or {@code mkdocs}) started, timed under {@code /usr/bin/time -v}, median of {@code --runs}. Our builds
 * run with {@code -Xmx1g}; their heap peak comes from the JVM's GC log. Prints a table and writes
 * {@code results.md} with the targets, the figures and the anchors, plus each run's log and the CPU profiles (JFR)
 * of the large builds.
 *
 * <p>Usage: {@code Harness --repo DIR [--out DIR] [--runs 5] [--only case,case...]}; benchmarks/run.sh calls it.
 * Not thread-safe; runs one process at a time, so that runs do not disturb one another.
 */
public final class Harness {

    static final CorpusGenerator.Spec SMALL_MD = CorpusGenerator.Spec.of(100, 10, 30, 200, "md");
    static final CorpusGenerator.Spec LARGE_MD = CorpusGenerator.Spec.of(1000, 100, 300, 2000, "md");
    static final CorpusGenerator.Spec SMALL_ADOC = CorpusGenerator.Spec.of(100, 10, 30, 200, "adoc");
    static final CorpusGenerator.Spec LARGE_ADOC = CorpusGenerator.Spec.of(1000, 100, 300, 2000, "adoc");
    /** Sized so that its handbook.pdf has about 300 pages (300 with this generator and theme). */
    static final CorpusGenerator.Spec PDF_300 = CorpusGenerator.Spec.of(60, 6, 20, 120, "md");

    /** How long a run waits for other processes to leave the CPUs alone before it starts anyway. */
    private static final int QUIET_WAIT_SECONDS = 60;

    private final Path repo;
    private final Path mavenRepo;
    private final Path out;
    private final int runs;
    private final Set<String> only;
    private final String version = BenchProperties.pluginVersion();
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /** One line of the results: what ran, its median figures and anything else measured about it. */
    record Row(String name, String what, Measured median, List<Measured> runs, Map<String, String> extra) {
    }

    Harness(Path repo, Path mavenRepo, Path out, int runs, Set<String> only) {
        this.repo = repo;
        this.mavenRepo = mavenRepo;
        this.out = out;
        this.runs = runs;
        this.only = only;
    }

    public static void main(String[] args) throws IOException {
        Path repo = Path.of(".");
        Path mavenRepo = Path.of(System.getProperty("user.home"), ".m2/repository");
        Path out = null;
        int runs = 5;
        Set<String> only = Set.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repo" -> repo = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--maven-repo" -> mavenRepo = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--only" -> only = Set.of(args[++i].split(","));
                default -> {
                    System.err.println("Unknown argument " + args[i]
                            + ". Usage: Harness --repo DIR [--out DIR] [--runs N] [--only case,...]");
                    System.exit(2);
                }
            }
        }
        repo = repo.toAbsolutePath().normalize();
        if (out == null) {
            out = repo.resolve("benchmarks/target/bench");
        }
        new Harness(repo, mavenRepo.toAbsolutePath().normalize(), out.toAbsolutePath().normalize(), runs, only)
                .runAll();
    }

    private boolean selected(String name) {
        return only.isEmpty() || only.contains(name) || only.stream().anyMatch(name::startsWith);
    }

    void runAll() throws IOException {
        Files.createDirectories(out);
        System.out.println("AIMS Handbook benchmarks: plugin " + version + ", " + runs + " run(s) per case, output in "
                + out);
        System.out.println(Machine.describe());

        String jarBefore = pluginJarDigest();
        Path empty = emptyProject();
        measure("validate", "empty one-module project: mvn validate", empty, mvn("validate"), ours(), null, 0);

        Path smallMd = corpus(SMALL_MD);
        Path largeMd = corpus(LARGE_MD);
        Path smallAdoc = corpus(SMALL_ADOC);
        Path largeAdoc = corpus(LARGE_ADOC);

        build("md-small", "100 Markdown docs, 10 systems, 30 risks, 200 evidence: full HTML handbook", smallMd);
        build("md-large", "1,000 Markdown docs, 100 systems, 300 risks, 2,000 evidence: full HTML handbook",
                largeMd);
        build("adoc-small", "the same 100 docs as AsciiDoc: full HTML handbook", smallAdoc);
        build("adoc-large", "the same 1,000 docs as AsciiDoc: full HTML handbook", largeAdoc);

        if (selected("rebuild-large")) {
            ensureBuilt(largeMd);
            measure("rebuild-large", "md-large again with nothing changed (no -Daims.force)", largeMd,
                    mvn("package"), ours(), null, 0);
        }
        // forced: after the md-large builds the checks are up to date, and the target is about checking
        measure("check-large", "aims:check on md-large", largeMd,
                mvn("io.github.aimshandbook:aims-maven-plugin:" + version + ":check", "-Daims.force=true"), ours(),
                null, 0);
        if (selected("serial-large")) {
            serial(largeMd);
        }

        Path siteExample = repo.resolve("site-example");
        measure("pdf-site-example", "site-example, formats=pdf", siteExample,
                mvn("package", "-Daims.formats=pdf", "-Daims.force=true"), ours(),
                () -> clean(siteExample.resolve("target/aims")), 0);
        pdfPages("pdf-site-example", siteExample.resolve("target/aims/handbook.pdf"));
        Path pdf300 = corpus(PDF_300);
        measure("pdf-300", "generated AIMS (60 docs, 6 systems, 20 risks, 120 evidence), formats=pdf", pdf300,
                mvn("package", "-Daims.formats=pdf", "-Daims.force=true"), ours(),
                () -> clean(pdf300.resolve("target")), 0);
        pdfPages("pdf-300", pdf300.resolve("target/aims/handbook.pdf"));

        anchors(smallMd, largeMd, smallAdoc, largeAdoc);

        profile("profile-md-large", largeMd, "html");
        profile("profile-adoc-large", largeAdoc, "html");
        profile("profile-pdf-300", pdf300, "pdf");

        if (!jarBefore.equals(pluginJarDigest())) {
            notes.add("WARNING: the installed plugin jar changed during the run (someone installed another build of "
                    + version + " into the local repository); figures after that change measure that build.");
        }
        String report = Report.write(rows, notes, runs, version);
        Files.writeString(out.resolve("results.md"), report);
        System.out.println();
        System.out.println(report);
        System.out.println("Wrote " + out.resolve("results.md"));
    }

    private void build(String name, String what, Path corpus) {
        Map<String, String> extra = measure(name, what, corpus, mvn("package", "-Daims.force=true"), ours(),
                () -> clean(corpus.resolve("target")), 0);
        if (extra != null) {
            sizes(name, corpus.resolve("target/aims"), extra);
        }
    }

    private void anchors(Path smallMd, Path largeMd, Path smallAdoc, Path largeAdoc) {
        if (which("mkdocs") == null) {
            notes.add("MkDocs is not installed (apt-get install -y mkdocs): its anchors were skipped.");
        } else {
            for (var c : List.of(Map.entry("mkdocs-small", smallMd), Map.entry("mkdocs-large", largeMd))) {
                Path dir = c.getValue().resolve("mkdocs");
                Map<String, String> extra = measure(c.getKey(), "MkDocs " + mkdocsVersion()
                        + ", same Markdown docs, nav lists every page", dir, List.of("mkdocs", "build", "-q"),
                        Map.of(), () -> clean(dir.resolve("site")), 0);
                if (extra != null) {
                    sizes(c.getKey(), dir.resolve("site"), extra);
                }
            }
        }
        for (var c : List.of(Map.entry("asciidoctor-small", smallAdoc), Map.entry("asciidoctor-large", largeAdoc))) {
            Path dir = c.getValue().resolve("asciidoctor");
            // the first run may download the plugin, so it is online and not timed
            measure(c.getKey(), "asciidoctor-maven-plugin 3.1.1 process-asciidoc, same AsciiDoc docs", dir,
                    mvn("package"), Map.of("MAVEN_OPTS", ""), () -> clean(dir.resolve("target")), 1);
        }
    }

    /** The large Markdown build with one CPU: the time without parallelism, and whether the output is identical. */
    private void serial(Path corpus) throws IOException {
        ensureBuilt(corpus);
        Path parallel = corpus.resolve("target/aims");
        Path serialOut = corpus.resolve("target/aims-serial");
        Map<String, String> env = new LinkedHashMap<>(ours());
        // G1 as in the parallel runs: with one CPU the JVM would otherwise pick the serial collector
        env.put("MAVEN_OPTS", env.get("MAVEN_OPTS") + " -XX:ActiveProcessorCount=1 -XX:+UseG1GC");
        Map<String, String> extra = measure("serial-large", "md-large with -XX:ActiveProcessorCount=1",
                corpus, mvn("package", "-Daims.force=true", "-Daims.outputDirectory=" + serialOut), env,
                () -> clean(serialOut), 0, runs);
        if (extra != null) {
            Map<String, String> a = digests(parallel);
            Map<String, String> b = digests(serialOut);
            long differing = a.keySet().stream().filter(k -> !a.get(k).equals(b.get(k))).count()
                    + b.keySet().stream().filter(k -> !a.containsKey(k)).count();
            extra.put("identical to parallel", differing == 0 ? "yes (" + a.size() + " files)"
                    : "NO: " + differing + " of " + a.size() + " files differ");
        }
    }

    private void ensureBuilt(Path corpus) {
        if (!Files.exists(corpus.resolve("target/aims/index.html"))) {
            Measured.run(mvn("package", "-Daims.force=true"), corpus, ours(), out.resolve("logs/prebuild.log"),
                    out.resolve("logs/prebuild.gc"));
        }
    }

    private void profile(String name, Path corpus, String formats) {
        if (!selected(name)) {
            return;
        }
        Path jfr = out.resolve("profiles/" + name + ".jfr");
        Map<String, String> env = new LinkedHashMap<>(ours());
        env.put("MAVEN_OPTS", env.get("MAVEN_OPTS") + " -XX:StartFlightRecording=filename=" + jfr
                + ",settings=profile,dumponexit=true");
        try {
            Files.createDirectories(jfr.getParent());
            clean(corpus.resolve("target"));
            Measured m = Measured.run(mvn("package", "-Daims.force=true", "-Daims.formats=" + formats), corpus, env,
                    out.resolve("logs/" + name + ".log"), out.resolve("logs/" + name + ".gc"));
            String summary = "Profiled run: wall " + m.wallMillis() + " ms, stages " + m.stages() + "\n"
                    + JfrSummary.summarize(jfr, 25);
            Files.writeString(out.resolve("profiles/" + name + ".txt"), summary);
            notes.add("Profile " + name + " (" + corpus.getFileName() + ", formats=" + formats + "): "
                    + out.relativize(out.resolve("profiles/" + name + ".txt")) + " (recording: " + jfr.getFileName()
                    + ")");
            System.out.println("  " + name + ": " + out.resolve("profiles/" + name + ".txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> measure(String name, String what, Path dir, List<String> command,
            Map<String, String> env, Runnable before, int warmups) {
        return measure(name, what, dir, command, env, before, warmups, runs);
    }

    /** Runs a case {@code count} times after {@code warmups} untimed runs; returns its extra figures, or null. */
    private Map<String, String> measure(String name, String what, Path dir, List<String> command,
            Map<String, String> env, Runnable before, int warmups, int count) {
        if (!selected(name)) {
            return null;
        }
        System.out.print(String.format(Locale.ROOT, "%-20s", name));
        for (int i = 0; i < warmups; i++) {
            if (before != null) {
                before.run();
            }
            List<String> online = command.stream().filter(c -> !c.equals("-o")).toList();
            Measured w = Measured.run(online, dir, env, out.resolve("logs/" + name + "-warmup.log"),
                    out.resolve("logs/" + name + "-warmup.gc"));
            System.out.print(" (warm-up " + w.wallMillis() + " ms)");
        }
        List<Measured> all = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            if (before != null) {
                before.run();
            }
            if (!Measured.awaitQuiet(QUIET_WAIT_SECONDS)) {
                System.out.print(" (busy machine)");
            }
            Measured m = Measured.run(command, dir, env, out.resolve("logs/" + name + "-" + i + ".log"),
                    out.resolve("logs/" + name + "-" + i + ".gc"));
            all.add(m);
            System.out.print(" " + (m.ok() ? m.wallMillis() + " ms" : "FAILED(" + m.exitCode() + ", see "
                    + m.log() + ")"));
        }
        Measured median = Measured.median(all);
        System.out.println("  -> median " + median.wallMillis() + " ms " + median.stages()
                + (median.findings().isEmpty() ? "" : " [" + median.findings() + "]"));
        Map<String, String> extra = new LinkedHashMap<>();
        rows.put(name, new Row(name, what, median, all, extra));
        flush();
        return extra;
    }

    /** Writes the results so far, so that an interrupted run still leaves its figures. */
    private void flush() {
        try {
            Files.writeString(out.resolve("results.md"), Report.write(rows, notes, runs, version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Output size: all files, and the mean size of one document page. */
    private void sizes(String name, Path site, Map<String, String> extra) {
        if (!Files.isDirectory(site)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(site)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            long total = files.stream().mapToLong(Harness::size).sum();
            List<Path> docs = files.stream().filter(p -> isDocumentPage(site, p)).toList();
            long docBytes = docs.stream().mapToLong(Harness::size).sum();
            extra.put("output", String.format(Locale.ROOT, "%.1f MB in %d files", total / 1e6, files.size()));
            if (!docs.isEmpty()) {
                extra.put("per document page", String.format(Locale.ROOT, "%.1f KB (mean of %d pages)",
                        docBytes / 1e3 / docs.size(), docs.size()));
                extra.put("output per document", String.format(Locale.ROOT, "%.1f KB", total / 1e3 / docs.size()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of one narrative document: documents/ID.html in the handbook, FOLDER/ID/index.html in MkDocs. */
    private static boolean isDocumentPage(Path site, Path p) {
        String rel = site.relativize(p).toString().replace('\\', '/');
        if (rel.startsWith("documents/")) {
            return rel.endsWith(".html") && !rel.equals("documents/index.html");
        }
        return rel.matches("(policies|procedures|records|model-cards|impact-assessments)/[^/]+/index\\.html");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void pdfPages(String name, Path pdf) {
        Row row = rows.get(name);
        if (row == null || !Files.exists(pdf)) {
            return;
        }
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            row.extra().put("PDF", d.getNumberOfPages() + " pages, " + String.format(Locale.ROOT, "%.1f MB",
                    Files.size(pdf) / 1e6));
        } catch (IOException e) {
            row.extra().put("PDF", "unreadable: " + e.getMessage());
        }
    }

    private Path corpus(CorpusGenerator.Spec spec) throws IOException {
        Path dir = out.resolve("corpora/" + spec.name());
        new CorpusGenerator(spec, version).write(dir);
        return dir;
    }

    private Path emptyProject() throws IOException {
        Path dir = out.resolve("corpora/empty");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.aimshandbook.bench</groupId>
                  <artifactId>empty</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                </project>
                """);
        return dir;
    }

    /** The installed plugin's jar: the generated projects run it, so it must not change under the harness. */
    private String pluginJarDigest() {
        Path jar = mavenRepo.resolve("io/github/aimshandbook/aims-maven-plugin/" + version + "/aims-maven-plugin-"
                + version + ".jar");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        } catch (IOException | NoSuchAlgorithmException e) {
            return "?";
        }
    }

    private List<String> mvn(String... args) {
        List<String> c = new ArrayList<>(List.of("mvn", "-B", "-o", "-Dmaven.repo.local=" + mavenRepo));
        c.addAll(List.of(args));
        return c;
    }

    /** The JVM options of every run of our plugin: the 1 GiB heap of the target, and a GC log for its peak. */
    private static Map<String, String> ours() {
        return Map.of("MAVEN_OPTS", "-Xmx1g -Xlog:gc,gc+heap+exit:file=" + GC_LOG_PLACEHOLDER);
    }

    /** Replaced by each run's own GC log path (see {@link Measured#run}). */
    static final String GC_LOG_PLACEHOLDER = "@GCLOG@";

    private static void clean(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }

    private static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> result = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return result;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                result.put(dir.relativize(p).toString(), HexFormat.of().formatHex(md.digest(Files.readAllBytes(p))));
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    static String which(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    private static String mkdocsVersion() {
        return output(() -> List.of("mkdocs", "--version")).replaceAll("(?s)^mkdocs, version (\\S+).*", "$1");
    }

    static String output(Supplier<List<String>> command) {
        try {
            Process p = new ProcessBuilder(command.get()).redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                String s = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
                p.waitFor();
                return s;
            }
        } catch (IOException e) {
            return "?";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
