package io.github.aimshandbook.engine.load;

import static io.github.aimshandbook.engine.FuzzChecks.assertFindings;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.aimshandbook.engine.Closest;
import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Finding;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Ref;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the reference resolver: a hostile document is added to a content folder that loads cleanly, and the folder
 * goes through the real pipeline's load, link and check ({@link Pipeline#check}), as {@code aims:check} runs them:
 * the document's references are scanned ({@code [[ID]]}, {@code ref:ID[]}, links and images) and resolved. A reference is
 * reported exactly when its id is not in the index, at the place it was written; every "did you mean" names real
 * ids; file links never resolve outside the content; linking twice gives the same findings.
 */
class ReferenceFuzzTest {

    private static final Pattern HINT = Pattern.compile("Did you mean (.+)\\?");

    @TempDir
    static Path temp;

    private static Path root;

    @BeforeAll
    static void copyContent() {
        root = Fixtures.copy("small", temp);
    }

    @FuzzTest
    @DictionaryEntries({"[[", "]]", "ref:", "[]", "[x]", "A.2.2", "A.6.2.4", "5.2", "aims-lead", "churn-model",
        "R-001", "EV-001", "ai-policy", "](", "![", "../", "files/flow.svg", "#", "%2e%2e/", "include::",
        "image::", "link:", "xref:", "---\\x0A", "owner: ", "controls: [", "systems: [", "clauses: [", ":id: ",
        ":controls: ", "\\\\ref:"})
    void resolves_references_of_any_document(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        // the first byte picks the format ('a' AsciiDoc, anything else Markdown), the rest is the file
        String path = input[0] == 'a' ? "policies/fuzz.adoc" : "policies/fuzz.md";
        String text = new String(input, 1, input.length - 1, StandardCharsets.UTF_8).replace("\r\n", "\n")
                .replace('\r', '\n').replace("\uFEFF", "").replace("\0", "");
        Files.deleteIfExists(root.resolve("policies/fuzz.adoc"));
        Files.deleteIfExists(root.resolve("policies/fuzz.md"));
        Files.writeString(root.resolve(path), text, StandardCharsets.UTF_8);

        Pipeline.Checked checked = check();
        Optional<Document> read = checked.content() == null ? Optional.empty()
                : checked.content().documents().stream().filter(x -> x.path().equals(path)).findFirst();
        if (read.isEmpty()) {
            return; // the splitter's own fuzz test covers a document that does not load
        }
        Document d = read.get();
        Handbook handbook = checked.handbook();
        Set<String> files = checked.content().files();
        if (!check().findings().equals(checked.findings())) {
            throw new AssertionError("checking the same content twice gave different findings");
        }

        List<Finding> ours = checked.findings().stream().filter(f -> f.location().file().equals(path)).toList();
        assertFindings(ours, path, text);
        Set<Location> reported = new HashSet<>();
        for (Finding f : ours) {
            if (f.code().equals("unresolved-reference") || f.code().equals("wrong-reference-kind")) {
                reported.add(f.location());
                Matcher hint = HINT.matcher(f.message());
                if (hint.find()) {
                    String[] names = hint.group(1).split(", | or ");
                    if (names.length > 3) {
                        throw new AssertionError("more than 3 suggestions: " + f.message());
                    }
                    for (String n : names) {
                        if (handbook.index().find(n).isEmpty()) {
                            throw new AssertionError("suggested '" + n + "', which is not an id: " + f.message());
                        }
                    }
                }
            }
        }
        boolean documentIndexed = handbook.index().find(d.id()).map(t -> path.equals(d.path())).orElse(false);
        for (Ref r : d.references()) {
            boolean known = handbook.index().find(r.id()).isPresent();
            if (known && reported.contains(r.location())
                    && d.references().stream().noneMatch(o -> o != r && o.location().equals(r.location()))) {
                throw new AssertionError("'" + r.id() + "' is an id, but was reported at " + r.location() + ": "
                        + ours.stream().filter(f -> f.location().equals(r.location())).toList());
            }
            if (!known && !reported.contains(r.location())) {
                throw new AssertionError("'" + r.id() + "' is no id, but was not reported at " + r.location()
                        + (documentIndexed ? "" : " (document not indexed)"));
            }
        }
        for (String attachment : handbook.attachments()) {
            if (attachment.startsWith("/") || attachment.contains("..") || !files.contains(attachment)) {
                throw new AssertionError("published an attachment that is not a content file: " + attachment);
            }
        }

        String word = text.lines().findFirst().orElse(""); // also asked of Closest directly
        List<String> ids = handbook.index().all().stream().map(t -> t.id()).toList();
        List<String> near = Closest.to(word, ids, 3);
        if (near.size() > 3 || !ids.containsAll(near)) {
            throw new AssertionError("Closest suggested " + near + " for '" + word + "'");
        }
    }

    private static Pipeline.Checked check() {
        return new Pipeline().check(Options.builder(root, root.resolveSibling("out"), Fixtures.TODAY).checkOnly()
                .build());
    }
}
