package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.check.Readiness;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Severity;
import java.time.LocalDate;
import java.util.List;
import org.apache.maven.doxia.sink.Sink;

/**
 * The report's entry page in the project site: readiness in figures, the gaps, and links into the handbook. It is
 * written as Doxia events, so the site's skin frames it like any other report. One use per page; not thread-safe.
 */
final class ReportPage {

    static final String TITLE = "AI Management System";

    private final Sink sink;
    private final String folder;

    /** {@code folder}: where the handbook is, relative to this page (e.g. {@code aims}). */
    ReportPage(Sink sink, String folder) {
        this.sink = sink;
        this.folder = folder;
    }

    void write(Result result, LocalDate date) {
        sink.head();
        sink.title();
        sink.text(TITLE);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(TITLE);
        sink.sectionTitle1_();
        if (result.readiness() == null || result.filesWritten() == 0) {
            unreadable(result);
        } else {
            introduction(date);
            readiness(result.readiness());
            findings(result);
        }
        sink.section1_();
        sink.body_();
        sink.flush();
    }

    private void introduction(LocalDate date) {
        sink.paragraph();
        sink.text("The handbook of the ISO/IEC 42001 AI management system, status as of " + date + ": ");
        link("index.html", "open the handbook");
        sink.text(". It is also available as ");
        link("handbook.pdf", "one PDF");
        sink.text(", and the results of the checks as ");
        link("aims-report.json", "aims-report.json");
        sink.text(".");
        sink.paragraph_();
    }

    private void readiness(Readiness r) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Readiness");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows(new int[] {Sink.JUSTIFY_LEFT, Sink.JUSTIFY_RIGHT}, false);
        row("Annex A controls", r.controls());
        row("Applicable", r.applicable());
        row("Applicable with evidence", r.withEvidence());
        row("Documented (a policy, procedure or other document says how)", r.documented());
        row("Evidenced (a record proves it is done)", r.evidenced());
        row("Current (nothing overdue)", r.current());
        row("Gaps (applicable, no evidence)", r.gaps().size());
        sink.tableRows_();
        sink.table_();
        if (!r.gaps().isEmpty()) {
            sink.paragraph();
            sink.text("Gaps: ");
            for (int i = 0; i < r.gaps().size(); i++) {
                String id = r.gaps().get(i);
                link(io.github.aimshandbook.engine.link.EntityKind.CONTROL.href(id), id);
                sink.text(i < r.gaps().size() - 1 ? ", " : ".");
            }
            sink.paragraph_();
        }
        sink.section2_();
    }

    private void findings(Result result) {
        long errors = result.count(Severity.ERROR);
        sink.section2();
        sink.sectionTitle2();
        sink.text("Findings of the checks");
        sink.sectionTitle2_();
        sink.paragraph();
        sink.text(errors + " error(s), " + result.count(Severity.WARNING) + " warning(s). ");
        if (errors > 0) {
            sink.text("The content has errors, so parts of the handbook may be missing or wrong. ");
        }
        sink.text("Every finding is listed on the ");
        link("index.html", "dashboard of the handbook");
        sink.text(".");
        sink.paragraph_();
        sink.section2_();
    }

    private void unreadable(Result result) {
        List<Finding> errors = result.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        sink.paragraph();
        sink.text("The handbook could not be built: the AIMS content has " + errors.size() + " error(s) that keep it"
                + " from being read. Fix them and build the site again; mvn aims:check lists them too.");
        sink.paragraph_();
        sink.list();
        for (Finding f : errors) {
            sink.listItem();
            sink.text(f.format(""));
            sink.listItem_();
        }
        sink.list_();
    }

    private void row(String label, int value) {
        sink.tableRow();
        sink.tableCell();
        sink.text(label);
        sink.tableCell_();
        sink.tableCell();
        sink.text(Integer.toString(value));
        sink.tableCell_();
        sink.tableRow_();
    }

    private void link(String handbookPath, String text) {
        sink.link(folder + "/" + handbookPath);
        sink.text(text);
        sink.link_();
    }
}
