package io.github.aimshandbook.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of the example handbook is valid HTML, and its style sheets valid CSS, by the W3C's Nu HTML checker
 * (the validator from Maven Central, run in-process with its bundled schemas: no network).
 */
class HtmlValidityTest {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** Collects what the validator reports about one file, as file:line:column: message. */
    private static final class Findings {
        private final String file;
        final List<String> errors = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        Findings(String file) {
            this.file = file;
        }

        private String format(SAXParseException e) {
            return file + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
        }
    }

    /**
     * The validator's error handler is fixed when its schema and parsers are set up, which takes most of a second;
     * one validator checks every file and this handler files each message under the file being checked.
     */
    private static final class Router implements ErrorHandler {
        private Findings current = new Findings("(schema)");

        Findings start(String file) {
            current = new Findings(file);
            return current;
        }

        @Override
        public void warning(SAXParseException e) {
            current.warnings.add(current.format(e));
        }

        @Override
        public void error(SAXParseException e) {
            current.errors.add(current.format(e));
        }

        @Override
        public void fatalError(SAXParseException e) {
            current.errors.add(current.format(e));
        }
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        Site site = Site.fromBuild();
        List<String> pages = site.pages();
        assertThat(pages).as("HTML pages of %s", site.root()).hasSizeGreaterThan(50);
        Map<String, Findings> findings = new LinkedHashMap<>();
        Router router = new Router();
        SimpleDocumentValidator validator = validator(router);
        for (String page : pages) {
            findings.put(page, router.start(site.display(page)));
            validator.checkHtmlFile(site.file(page).toFile(), true);
        }
        // Warnings do not fail the build; the distinct ones are printed for whoever edits the templates. (The
        // checker warns that 'self' blocks the style sheet because it does not know the page's origin, and it does
        // not evaluate CSP hashes: the browser tests check the CSP for real.)
        Map<String, Long> warnings = findings.values().stream().flatMap(f -> f.warnings.stream())
                .map(w -> w.replaceFirst("^.*?:-?\\d+:-?\\d+: ", "").replaceAll("“[^”]*assets/", "“assets/"))
                .collect(Collectors.groupingBy(w -> w, java.util.TreeMap::new, Collectors.counting()));
        System.out.printf("Nu HTML checker: %d pages, %d distinct warning(s)%n", pages.size(), warnings.size());
        warnings.forEach((w, n) -> System.out.println("  " + n + " x warning: " + w));
        assertValid("HTML pages", findings);
    }

    @Test
    void everyStyleSheetIsValidCss() throws Exception {
        Site site = Site.fromBuild();
        List<String> sheets = site.files("css");
        assertThat(sheets).as("style sheets of %s", site.root()).isNotEmpty();
        Map<String, Findings> findings = new LinkedHashMap<>();
        Router router = new Router();
        SimpleDocumentValidator validator = validator(router);
        for (String sheet : sheets) {
            findings.put(sheet, router.start(site.display(sheet)));
            validator.checkCssFile(site.file(sheet).toFile(), true);
        }
        assertValid("style sheets", findings);
    }

    /** Guards the two tests above against a checker that silently checks nothing (e.g. a schema it cannot load). */
    @Test
    void checkerReportsTheErrorsOfABrokenPage(@TempDir Path dir) throws Exception {
        // A valid page first: the validator is reused across files, so its state must not leak into the next.
        Files.writeString(dir.resolve("valid.html"), "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>t</title></head><body><p>ok</p></body></html>\n");
        Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"></head>\n"
                + "<body>\n<table><tr><td colspan=\"0\">x</td></tr></table>\n<a href=\"a b\" foo=\"1\">x</a>\n"
                + "</body>\n</html>\n");
        Router router = new Router();
        SimpleDocumentValidator validator = validator(router);
        validator.checkHtmlFile(dir.resolve("valid.html").toFile(), true);
        Findings handler = router.start("broken.html");
        validator.checkHtmlFile(page.toFile(), true);
        assertThat(handler.errors).anySatisfy(e -> assertThat(e).startsWith("broken.html:").contains("“title”"))
                .anySatisfy(e -> assertThat(e).startsWith("broken.html:5:").contains("colspan"))
                .anySatisfy(e -> assertThat(e).startsWith("broken.html:6:").contains("foo"));
    }

    private static SimpleDocumentValidator validator(Router handler) throws Exception {
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        return validator;
    }

    private static void assertValid(String what, Map<String, Findings> findings) {
        List<String> errors = findings.values().stream().flatMap(f -> f.errors.stream()).collect(Collectors.toList());
        List<String> warnings = findings.values().stream().flatMap(f -> f.warnings.stream())
                .collect(Collectors.toList());
        long failing = findings.values().stream().filter(f -> !f.errors.isEmpty()).count();
        assertThat(errors)
                .withFailMessage("The Nu HTML checker found %d error(s) in %d of %d %s (fix them in templates/):%n%s%s",
                        errors.size(), failing, findings.size(), what, String.join("\n", errors),
                        warnings.isEmpty() ? "" : "\nWarnings (not failing):\n" + String.join("\n", warnings))
                .isEmpty();
    }
}
