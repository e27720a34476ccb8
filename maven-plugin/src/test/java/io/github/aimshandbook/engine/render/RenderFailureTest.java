package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Scenario;
import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.check.Checker;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.link.Linker;
import io.github.aimshandbook.engine.load.CatalogLoader;
import io.github.aimshandbook.engine.markup.MarkdownSyntax;
import io.github.aimshandbook.engine.model.Content;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document that a library cannot render must not end the run: the render stage gets one that slipped past the
 * load stage's limits (1,000 nested block quotes, on which flexmark's renderer overflows its stack) and reports it
 * as a finding that names the document, while every other page is still rendered.
 */
class RenderFailureTest {

    @TempDir
    Path temp;

    @Test
    void a_document_whose_rendering_overflows_the_stack_is_a_finding_naming_it_and_the_other_pages_are_rendered() {
        Scenario s = Scenario.small(temp).run();
        String deep = ">".repeat(1_000) + " deep\n";
        List<Document> documents = new ArrayList<>();
        for (Document d : s.content().documents()) {
            documents.add(d.id().equals("ai-policy") ? withBody(d, deep) : d);
        }
        Content content = s.content();
        Content hostile = new Content(content.manifest(), content.soa(), content.systems(), content.risks(),
                content.evidence(), documents, content.objectives(), content.audits(), content.nonconformities(),
                content.reviews(), content.files());
        Findings findings = new Findings();
        Handbook handbook = new Linker(findings).link(CatalogLoader.load(), hostile);
        Assessment assessment = new Checker(false).check(handbook, Fixtures.TODAY, findings);
        long before = findings.sorted().size();

        RenderedSite site;
        try (Renderer renderer = new Renderer(new Templates(ContentTree.walk(s.root()), "templates"),
                ContentTree.walk(s.root()), false, false)) {
            site = renderer.render(handbook, assessment, findings, Generator.current(), true, false, null);
        }

        assertThat(findings.sorted()).hasSize((int) before + 1);
        assertThat(findings.sorted()).filteredOn(f -> f.code().equals("unrenderable-document"))
                .extracting(f -> f.format("")).singleElement().asString()
                .startsWith("policies/ai-policy.md: error: Rendering the document for the web ran out of stack"
                        + " (StackOverflowError) in flexmark-java (Markdown)");
        assertThat(page(site, "documents/ai-policy.html")).contains("This document could not be rendered",
                "unrenderable-document");
        assertThat(page(site, "documents/risk-procedure.html")).contains("AI Risk Procedure");
        assertThat(page(site, "aims-report.json")).contains("unrenderable-document");
    }

    private static String page(RenderedSite site, String path) {
        return new String(site.generated().get(path), StandardCharsets.UTF_8);
    }

    /** The same document with another Markdown body, parsed as the load stage would without its limits. */
    private static Document withBody(Document d, String body) {
        try {
            RecordComponent[] components = Document.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = switch (components[i].getName()) {
                    case "body" -> body;
                    case "markdownTree" -> MarkdownSyntax.parser().parse(body);
                    default -> components[i].getAccessor().invoke(d);
                };
            }
            return Document.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
