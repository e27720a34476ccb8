package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Result;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In the PDF, AsciiDoc cross references lead to the place they name inside the one print document: a link whose
 * anchor is missing is dropped by the PDF renderer without a word, so the links are counted by where they lead.
 */
class CrossReferencesPdfTest {

    @TempDir
    Path temp;

    @Test
    void every_xref_form_is_a_link_to_its_place_in_the_pdf() throws IOException {
        Path content = Fixtures.copy("small", temp);
        Fixtures.write(content.resolve("procedures/xrefs.adoc"), """
                = Cross references
                :id: xrefs
                :owner: aims-lead

                == Risk Appetite

                Xrefs-start, one link a line so that none is split:

                * [[here]]<<_risk_appetite>>
                * xref:here[here]
                * xref:target.adoc#_scoring[scoring]
                * <<target#anchor-in-target,anchor>>
                * xref:target.adoc[top]
                * <<../policies/ai-policy.md#ai-policy,policy>>
                """);
        Fixtures.write(content.resolve("procedures/target.adoc"), """
                = Target procedure
                :id: target
                :owner: aims-lead

                == Scoring

                [[anchor-in-target]]
                Text of the target.
                """);
        Path out = temp.resolve("out");

        Result result = Fixtures.build(content, out);

        assertThat(result.findings()).noneMatch(f -> f.code().equals("missing-anchor")
                || f.code().equals("missing-file"));
        try (PDDocument pdf = Loader.loadPDF(out.resolve("handbook.pdf").toFile())) {
            int xrefs = pageWith(pdf, "Xrefs-start");
            int target = pageWith(pdf, "Text of the target.");
            int policy = pageWith(pdf, "We use AI responsibly");
            assertThat(List.of(xrefs, target, policy)).as("each document starts a page").doesNotHaveDuplicates();
            List<Integer> leadTo = new ArrayList<>();
            for (PDAnnotation annotation : pdf.getPage(xrefs).getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    PDDestination dest = link.getAction() instanceof PDActionGoTo goTo ? goTo.getDestination()
                            : link.getDestination();
                    if (dest instanceof PDPageDestination page) {
                        leadTo.add(page.retrievePageNumber());
                    }
                }
            }
            assertThat(leadTo).filteredOn(p -> p == xrefs).as("own section and anchor").hasSizeGreaterThanOrEqualTo(2);
            assertThat(leadTo).filteredOn(p -> p == target).as("section, anchor and top of the other document")
                    .hasSize(3);
            assertThat(leadTo).filteredOn(p -> p == policy).as("the Markdown document").hasSize(1);
        }
    }

    private static int pageWith(PDDocument pdf, String text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            if (stripper.getText(pdf).contains(text)) {
                return page - 1;
            }
        }
        throw new AssertionError("No page of the PDF has the text " + text);
    }
}
