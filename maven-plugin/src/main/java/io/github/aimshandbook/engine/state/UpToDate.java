package io.github.aimshandbook.engine.state;

import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.check.Readiness;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The up-to-date check. The output depends on the content folder (with the template overrides in it), the plugin
 * (its version and, as SNAPSHOTs change without a new version, the bytes of its jar, the theme's and the catalog's),
 * and the options. Those are hashed into two keys: the check key, of everything the findings depend on, and the build
 * key, of everything the written files depend on. The state of the last run is kept beside the output folder, not
 * in it, so that the published handbook holds no build bookkeeping and stays byte-identical from run to run.
 */
public final class UpToDate {

    /** Resources whose jars (or class folders) make up the plugin: its code, the theme and the catalog. */
    private static final List<String> PLUGIN_RESOURCES = List.of(
            "io/github/aimshandbook/engine/Pipeline.class",
            "io/github/aimshandbook/templates/layout.ftlh",
            "io/github/aimshandbook/catalog/iso42001.yaml");

    /** The reports (JSON, SARIF): the only files a check-only run writes, and the ones it must find again to skip. */
    private static final List<String> REPORTS = List.of("aims-report.json", "aims-report.sarif");

    private final Path output;
    private final Path stateFile;
    private final BuildState previous;
    private final long hashedAt;
    private final SortedMap<String, FileHashes.Entry> inputs;
    private final SortedMap<String, FileHashes.Entry> plugin;
    private final String checkKey;
    private final String buildKey;
    /**
     * Why the inputs could not all be seen (a plugin jar that cannot be located, a content file that cannot be read),
     * or null when they were. Then the run is never skipped: what cannot be read cannot be known to be unchanged.
     */
    private final String unknown;

    private UpToDate(Options options, ContentTree tree, String generatorVersion, Function<String, URL> resources) {
        this.output = options.outputDirectory().toAbsolutePath().normalize();
        this.stateFile = stateFile(output);
        this.previous = read(stateFile).orElse(null);
        this.hashedAt = System.currentTimeMillis();
        long before = previous == null ? 0 : previous.hashedAt();
        List<String> unseen = new ArrayList<>();
        SortedMap<String, FileHashes.Entry> hashed;
        try {
            hashed = FileHashes.of(tree, previous == null ? Map.of() : previous.inputs(), before);
        } catch (UncheckedIOException e) {
            hashed = new TreeMap<>(); // the load stage reports the file it cannot read, with its path
            unseen.add(e.getMessage());
        }
        this.inputs = hashed;
        this.plugin = pluginFiles(previous == null ? Map.of() : previous.plugin(), before, resources, unseen);
        this.unknown = unseen.isEmpty() ? null : String.join("; ", unseen);
        MessageDigest check = FileHashes.digest();
        update(check, "generator=" + generatorVersion);
        plugin.forEach((path, e) -> update(check, "plugin\t" + path + "\t" + e.sha256()));
        inputs.forEach((path, e) -> update(check, "input\t" + path + "\t" + e.sha256()));
        update(check, "content=" + options.contentDirectory().toAbsolutePath().normalize());
        update(check, "today=" + options.today());
        update(check, "gapsAsErrors=" + options.gapsAsErrors());
        update(check, "allowRawHtml=" + options.allowRawHtml());
        update(check, "maxAttachmentSize=" + options.maxAttachmentSize());
        update(check, "sourcePrefix=" + options.sourcePrefix());
        this.checkKey = HexFormat.of().formatHex(check.digest());
        MessageDigest build = FileHashes.digest();
        update(build, "check=" + checkKey);
        update(build, "html=" + options.html());
        update(build, "pdf=" + options.pdf());
        update(build, "writeWithErrors=" + options.writeWithErrors());
        update(build, "backLink=" + (options.backLink() == null ? "" : options.backLink().label() + "\t"
                + options.backLink().href()));
        this.buildKey = HexFormat.of().formatHex(build.digest());
    }

    /**
     * Hashes what the run of {@code options} depends on, the files of {@code tree} (its content folder) among it,
     * reusing the hashes of unchanged files of the last run.
     */
    public static UpToDate of(Options options, ContentTree tree, String generatorVersion) {
        return new UpToDate(options, tree, generatorVersion, UpToDate.class.getClassLoader()::getResource);
    }

    /** As {@link #of(Options, ContentTree, String)}, the plugin's files looked up by {@code resources} (for tests). */
    static UpToDate of(Options options, ContentTree tree, String generatorVersion, Function<String, URL> resources) {
        return new UpToDate(options, tree, generatorVersion, resources);
    }

    /** Why the inputs could not all be hashed, so that no run is skipped, or empty when they were. */
    public Optional<String> unknown() {
        return Optional.ofNullable(unknown);
    }

    /** Where the state of the handbook in {@code output} is kept: {@code .<name>.aims-state} beside it. */
    public static Path stateFile(Path output) {
        Path out = output.toAbsolutePath().normalize();
        return out.resolveSibling("." + out.getFileName() + ".aims-state");
    }

    /**
     * The last run's state when nothing it depends on changed and what it wrote is still there (for a handbook: every
     * file, at its size; for a check: the report), else empty.
     */
    public Optional<BuildState> unchanged(boolean render) {
        if (unknown != null || previous == null || !previous.checkKey().equals(checkKey)) {
            return Optional.empty();
        }
        if (render && !previous.buildKey().equals(buildKey)) {
            return Optional.empty();
        }
        Map<String, Long> needed = render ? previous.outputs() : reports(previous.outputs());
        if (needed == null || needed.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, Long> e : needed.entrySet()) {
            Path file = output.resolve(e.getKey());
            try {
                if (!Files.isRegularFile(file) || Files.size(file) != e.getValue()) {
                    return Optional.empty();
                }
            } catch (IOException ex) {
                return Optional.empty();
            }
        }
        return Optional.of(previous);
    }

    /** The reports among a run's outputs, or null when one is not among them (a state from an older plugin). */
    private static Map<String, Long> reports(Map<String, Long> outputs) {
        Map<String, Long> reports = new TreeMap<>();
        for (String report : REPORTS) {
            if (!outputs.containsKey(report)) {
                return null;
            }
            reports.put(report, outputs.get(report));
        }
        return reports;
    }

    /** Removes the last run's state before the output changes, so that an interrupted write is never taken as done. */
    public void forget() {
        try {
            Files.deleteIfExists(stateFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + stateFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records a finished run. {@code outputs} are the files it wrote with their sizes, relative to the output folder;
     * {@code rendered} is false for a check-only run, whose state then never lets a handbook build be skipped.
     */
    public void record(boolean rendered, SortedMap<String, Long> outputs, List<Finding> findings, Readiness readiness) {
        if (unknown != null) {
            return; // a state of inputs that were not all seen would let the next run skip on a guess
        }
        BuildState state = new BuildState(hashedAt, checkKey, rendered ? buildKey : "", inputs, plugin, outputs,
                findings, readiness);
        try {
            Path temp = stateFile.resolveSibling(stateFile.getFileName() + ".new");
            Files.writeString(temp, state.format(), StandardCharsets.UTF_8);
            Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + stateFile + ": " + e.getMessage(), e);
        }
    }

    private static Optional<BuildState> read(Path stateFile) {
        try {
            return Files.isRegularFile(stateFile)
                    ? BuildState.parse(Files.readString(stateFile, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty(); // unreadable state: build as if there were none
        }
    }

    /** The plugin's jars (or class folders, when run from a build of the plugin itself), each file hashed. */
    private static SortedMap<String, FileHashes.Entry> pluginFiles(Map<String, FileHashes.Entry> before,
            long hashedBefore, Function<String, URL> resources, List<String> unseen) {
        SortedMap<String, FileHashes.Entry> files = new TreeMap<>();
        for (String resource : PLUGIN_RESOURCES) {
            Optional<Path> location = location(resource, resources);
            if (location.isEmpty()) {
                // e.g. the plugin runs from a class loader that is no jar on disk: its changes cannot be seen
                unseen.add("cannot find the file of the plugin that holds " + resource);
                continue;
            }
            Path where = location.get();
            String key = where.toString().replace('\\', '/');
            try {
                hash(where, key, before, hashedBefore, files, unseen);
            } catch (UncheckedIOException e) {
                unseen.add(e.getMessage());
            }
        }
        return files;
    }

    private static void hash(Path where, String key, Map<String, FileHashes.Entry> before, long hashedBefore,
            SortedMap<String, FileHashes.Entry> files, List<String> unseen) {
        if (Files.isDirectory(where)) {
            Map<String, FileHashes.Entry> previous = new TreeMap<>();
            before.forEach((path, e) -> {
                if (path.startsWith(key + "/")) {
                    previous.put(path.substring(key.length() + 1), e);
                }
            });
            FileHashes.of(where, previous, hashedBefore).forEach((path, e) -> files.put(key + "/" + path, e));
        } else if (Files.isRegularFile(where)) {
            files.put(key, FileHashes.of(where, before.get(key), hashedBefore));
        } else {
            unseen.add("the plugin file " + where + " is neither a jar nor a folder");
        }
    }

    /** The jar or folder that {@code resource} is loaded from, when that is a file on this machine. */
    private static Optional<Path> location(String resource, Function<String, URL> resources) {
        URL url = resources.apply(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            if (url.getProtocol().equals("jar")) {
                String spec = url.getPath(); // file:/.../x.jar!/resource
                return Optional.of(Path.of(new URL(spec.substring(0, spec.indexOf("!/"))).toURI()));
            }
            if (url.getProtocol().equals("file")) {
                Path file = Path.of(url.toURI());
                Path root = file;
                for (int i = resource.split("/").length; i > 0; i--) {
                    root = root.getParent();
                }
                return Optional.of(root);
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return Optional.empty(); // the caller counts the plugin as unseen, so the run is never skipped
        }
        return Optional.empty();
    }

    private static void update(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
