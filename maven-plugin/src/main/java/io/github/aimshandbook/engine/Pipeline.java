package io.github.aimshandbook.engine;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.check.Checker;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.link.Linker;
import io.github.aimshandbook.engine.load.CatalogLoader;
import io.github.aimshandbook.engine.load.ContentLoader;
import io.github.aimshandbook.engine.model.Catalog;
import io.github.aimshandbook.engine.model.Content;
import io.github.aimshandbook.engine.model.ContentSchemas;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Severity;
import io.github.aimshandbook.engine.render.FindingRules;
import io.github.aimshandbook.engine.render.Generator;
import io.github.aimshandbook.engine.render.RenderedSite;
import io.github.aimshandbook.engine.render.Renderer;
import io.github.aimshandbook.engine.render.ReportWriter;
import io.github.aimshandbook.engine.render.SarifWriter;
import io.github.aimshandbook.engine.render.Templates;
import io.github.aimshandbook.engine.state.BuildState;
import io.github.aimshandbook.engine.state.UpToDate;
import io.github.aimshandbook.engine.tree.ContentTree;
import io.github.aimshandbook.engine.write.OutputGuard;
import io.github.aimshandbook.engine.write.OutputWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The engine: load, link, check, render, write, in that order. Each run is independent: a Pipeline holds no state
 * between runs and may be used from several threads.
 */
public final class Pipeline {

    private final Generator generator = Generator.current();

    /**
     * Runs every stage, whatever the last run did, and records what it saw for the next run's up-to-date check.
     * Problems of the content are findings of the result.
     *
     * @throws UserError when the settings cannot work (an output folder inside the content) or a template override
     *     of the content is broken: the user's to fix
     * @throws RuntimeException anything else: a file that cannot be read or written, or a bug of the plugin
     */
    public Result run(Options options) {
        return run(options, false);
    }

    /**
     * Like {@link #run(Options)}, but when nothing the output depends on changed since the last run (content,
     * template overrides, plugin, options) and its output is still there, does nothing and returns the last run's
     * findings and readiness, marked {@link Result#upToDate()}.
     */
    public Result runIfChanged(Options options) {
        return run(options, true);
    }

    /** What load, link and check made of a content folder; {@code content} and the rest null when it did not load. */
    public record Checked(Content content, Handbook handbook, Assessment assessment, java.util.List<
            io.github.aimshandbook.engine.model.Finding> findings) {
    }

    /**
     * Runs load, link and check as every build does, writes nothing, and returns what each stage made: for tools and
     * tests that look at the model rather than at the output.
     */
    public Checked check(Options options) {
        Findings findings = new Findings();
        Map<String, Long> timings = new LinkedHashMap<>();
        Catalog catalog = CatalogLoader.load();
        Optional<Content> content = load(options, ContentTree.walk(options.contentDirectory()), findings,
                timings);
        if (content.isEmpty()) {
            return new Checked(null, null, null, findings.sorted());
        }
        Handbook handbook = link(catalog, content.get(), findings, timings);
        Assessment assessment = assess(options, handbook, findings, timings);
        return new Checked(content.get(), handbook, assessment, findings.sorted());
    }

    private static Handbook link(Catalog catalog, Content content, Findings findings, Map<String, Long> timings) {
        return timed("link", timings, () -> new Linker(findings).link(catalog, content));
    }

    private static Assessment assess(Options options, Handbook handbook, Findings findings,
            Map<String, Long> timings) {
        return timed("check", timings, () -> new Checker(options.gapsAsErrors(), options.allowRawHtml())
                .check(handbook, options.today(), findings));
    }

    private Result run(Options options, boolean skipIfUnchanged) {
        Map<String, Long> timings = new LinkedHashMap<>();
        Findings findings = new Findings();
        // The one walk of the content folder: every stage below lists, reads and hashes its files through it.
        ContentTree tree = timed("fingerprint", timings, () -> ContentTree.walk(options.contentDirectory()));
        if (!tree.exists()) {
            findings.error("missing-content", Location.of(""), "The content folder " + options.contentDirectory()
                    + " does not exist. Create it with aims.yaml and soa.yaml, or set"
                            + " contentDirectory (-Daims.contentDirectory=...) to where your AIMS content is.");
            return new Result(findings.sorted(), null, 0, timings);
        }
        Optional<UserError> unsafe = OutputGuard.problem(tree, options.outputDirectory());
        if (unsafe.isPresent()) {
            throw unsafe.get();
        }
        UpToDate upToDate = timed("fingerprint", timings, () -> UpToDate.of(options, tree, generator.version()));
        if (skipIfUnchanged) {
            Optional<BuildState> last = upToDate.unchanged(options.render());
            if (last.isPresent()) {
                return new Result(last.get().findings(), last.get().readiness(), 0, timings, true);
            }
        }
        if (!options.render()) {
            Catalog catalog = timed("load", timings, CatalogLoader::load);
            Optional<Content> content = load(options, tree, findings, timings);
            if (content.isEmpty()) {
                upToDate.forget();
                writeReportOnly(options, null, null, findings);
                return new Result(findings.sorted(), null, 0, timings);
            }
            return checkOnly(options, catalog, content.get(), findings, timings, upToDate);
        }
        Templates templates = new Templates(tree, "templates");
        try (Renderer renderer = new Renderer(templates, tree, options.allowRawHtml())) {
            if (ContentLoader.hasAsciidoc(tree)) {
                renderer.startAsciidoc(); // JRuby's boot takes seconds: let it overlap the load stage
            }
            Catalog catalog = timed("load", timings, CatalogLoader::load);
            Optional<Content> content = load(options, tree, findings, timings);
            if (content.isEmpty()) {
                return new Result(findings.sorted(), null, 0, timings);
            }
            renderer.prepare(content.get());
            return build(options, catalog, content.get(), findings, timings, renderer, upToDate);
        }
    }

    private static Optional<Content> load(Options options, ContentTree tree, Findings findings,
            Map<String, Long> timings) {
        return timed("load", timings, () -> new ContentLoader(tree, findings, options.maxAttachmentSize()).load());
    }

    private Result checkOnly(Options options, Catalog catalog, Content content, Findings findings,
            Map<String, Long> timings, UpToDate upToDate) {
        Handbook handbook = link(catalog, content, findings, timings);
        Assessment assessment = assess(options, handbook, findings, timings);
        upToDate.forget();
        writeReportOnly(options, handbook, assessment, findings);
        SortedMap<String, Long> written = sizes(options.outputDirectory(), "aims-report.json");
        written.putAll(sizes(options.outputDirectory(), SarifWriter.FILE));
        upToDate.record(false, written, findings.sorted(), assessment.readiness());
        return new Result(findings.sorted(), assessment.readiness(), 1, timings);
    }

    private Result build(Options options, Catalog catalog, Content content, Findings findings,
            Map<String, Long> timings, Renderer renderer, UpToDate upToDate) {
        Handbook handbook = link(catalog, content, findings, timings);
        Assessment assessment = assess(options, handbook, findings, timings);

        if (options.pdf()) {
            timed("check", timings, () -> {
                renderer.checkPrintable(content, findings);
                return null;
            });
        }
        if (findings.count(Severity.ERROR) > 0 && !options.writeWithErrors()) {
            return new Result(findings.sorted(), assessment.readiness(), 0, timings);
        }
        RenderedSite site = timed("render", timings, () -> withReportsAndSchemas(options, findings,
                renderer.render(handbook, assessment, findings.sorted(), generator, options.html(), options.pdf(),
                        options.backLink())));
        timed("write", timings, () -> {
            upToDate.forget();
            new OutputWriter(options.outputDirectory()).write(site);
            upToDate.record(true, sizes(options.outputDirectory(), site), findings.sorted(), assessment.readiness());
            return null;
        });
        return new Result(findings.sorted(), assessment.readiness(), site.size(), timings);
    }

    private void writeReportOnly(Options options, Handbook handbook, Assessment assessment, Findings findings) {
        OutputWriter writer = new OutputWriter(options.outputDirectory());
        writer.writeFile("aims-report.json", ReportWriter.write(generator, handbook, assessment, findings.sorted()));
        writer.writeFile(SarifWriter.FILE, sarif(options, findings));
    }

    /** The handbook with the SARIF report beside aims-report.json, and the content's JSON Schemas for editors. */
    private RenderedSite withReportsAndSchemas(Options options, Findings findings, RenderedSite site) {
        SortedMap<String, byte[]> generated = new TreeMap<>(site.generated());
        generated.put(SarifWriter.FILE, sarif(options, findings));
        for (String schema : ContentSchemas.FILES) {
            generated.put(ContentSchemas.FOLDER + "/" + schema, ContentSchemas.read(schema));
        }
        return new RenderedSite(generated, site.copies());
    }

    private byte[] sarif(Options options, Findings findings) {
        return SarifWriter.write(generator, findings.sorted(), FindingRules.builtIn(), options.sourcePrefix());
    }

    /** The files of the site with their sizes as written, for the next run to see that they are still there. */
    private static SortedMap<String, Long> sizes(Path output, RenderedSite site) {
        SortedMap<String, Long> sizes = new TreeMap<>();
        site.generated().forEach((path, bytes) -> sizes.put(path, (long) bytes.length));
        site.copies().keySet().forEach(path -> sizes.putAll(sizes(output, path)));
        return sizes;
    }

    private static SortedMap<String, Long> sizes(Path output, String path) {
        try {
            return new TreeMap<>(Map.of(path, Files.size(output.resolve(path))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + output.resolve(path) + ": " + e.getMessage(), e);
        }
    }

    private static <T> T timed(String stage, Map<String, Long> timings, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            timings.merge(stage, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }
}
