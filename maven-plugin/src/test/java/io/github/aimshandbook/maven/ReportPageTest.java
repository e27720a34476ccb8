package io.github.aimshandbook.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Result;
import io.github.aimshandbook.engine.check.Readiness;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Severity;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The entry page of the report in the project site, rendered by Doxia's own HTML sink. */
class ReportPageTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 22);

    @Test
    void summarizes_readiness_and_links_into_the_handbook() {
        Finding gap = new Finding(Severity.WARNING, "control-gap", "Control A.5.5 is applicable but has no evidence.",
                new Location("soa.yaml", 177, 3));
        Result result = new Result(List.of(gap), new Readiness(38, 37, 35, 33, 30, 34, List.of("A.5.5", "A.8.3")),
                116, Map.of());

        Document page = render(result);

        assertThat(page.select("h1, h2").eachText()).containsExactly("AI Management System", "Readiness",
                "Findings of the checks");
        assertThat(page.select("p").first().text()).isEqualTo("The handbook of the ISO/IEC 42001 AI management"
                + " system, status as of 2026-11-22: open the handbook. It is also available as one PDF, and the"
                + " results of the checks as aims-report.json.");
        assertThat(page.select("p").first().select("a")).extracting(a -> a.attr("href"))
                .containsExactly("aims/index.html", "aims/handbook.pdf", "aims/aims-report.json");
        assertThat(page.select("tr")).extracting(Element::text).containsExactly("Annex A controls 38",
                "Applicable 37", "Applicable with evidence 35",
                "Documented (a policy, procedure or other document says how) 33",
                "Evidenced (a record proves it is done) 30", "Current (nothing overdue) 34",
                "Gaps (applicable, no evidence) 2");
        assertThat(page.select("p:contains(Gaps:)").text()).isEqualTo("Gaps: A.5.5, A.8.3.");
        assertThat(page.select("p:contains(Gaps:) a")).extracting(a -> a.attr("href"))
                .containsExactly("aims/controls/A.5.5.html", "aims/controls/A.8.3.html");
        assertThat(page.select("p:contains(warning)").text()).isEqualTo("0 error(s), 1 warning(s). Every finding is"
                + " listed on the dashboard of the handbook.");
    }

    @Test
    void says_so_when_errors_made_parts_of_the_handbook_unreliable() {
        Finding error = new Finding(Severity.ERROR, "unresolved-reference", "Unresolved reference 'A.6.2.9'.",
                new Location("policies/ai-policy.md", 16, 25));
        Result result = new Result(List.of(error), new Readiness(38, 38, 0, 0, 0, 0, List.of()), 80, Map.of());

        Document page = render(result);

        assertThat(page.select("p:contains(error)").text()).isEqualTo("1 error(s), 0 warning(s). The content has"
                + " errors, so parts of the handbook may be missing or wrong. Every finding is listed on the dashboard"
                + " of the handbook.");
    }

    @Test
    void lists_the_errors_when_the_content_could_not_be_read() {
        Finding missing = new Finding(Severity.ERROR, "missing-file", "The content folder has no soa.yaml.",
                Location.of("soa.yaml"));
        Result result = new Result(List.of(missing), null, 0, Map.of());

        Document page = render(result);

        assertThat(page.select("p").text()).isEqualTo("The handbook could not be built: the AIMS content has 1"
                + " error(s) that keep it from being read. Fix them and build the site again; mvn aims:check lists"
                + " them too.");
        assertThat(page.select("li").eachText()).containsExactly("soa.yaml: error: The content folder has no"
                + " soa.yaml. [missing-file]");
        assertThat(page.select("a")).isEmpty();
    }

    private static Document render(Result result) {
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        new ReportPage(sink, "aims").write(result, DATE);
        sink.close();
        return Jsoup.parse(html.toString());
    }
}
