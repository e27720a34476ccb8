package io.github.aimshandbook.engine.load;

import static io.github.aimshandbook.engine.FuzzChecks.assertFindings;
import static io.github.aimshandbook.engine.FuzzChecks.assertWithin;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Ref;
import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the path from the bytes of a YAML content file to findings and model records: strict UTF-8 reading, the
 * compose-only parser with its limits, and the reader of each kind of entry. Whatever the bytes, the load stage
 * must end with findings (never an exception), each pointing at a line and column the file has, and must never
 * accept an attachment outside the content folder.
 */
class YamlFuzzTest {

    /** The kinds of content file, picked by the first input byte. */
    private static final String[] FILES = {"aims.yaml", "soa.yaml", "systems/s1.yaml", "risks.yaml",
        "evidence/EV-1.yaml"};

    @TempDir
    static Path root;

    @BeforeAll
    static void contentFolder() throws IOException {
        Files.createDirectories(root.resolve("files"));
        Files.createDirectories(root.resolve("systems"));
        Files.createDirectories(root.resolve("evidence"));
        Files.writeString(root.resolve("files/report.pdf"), "%PDF-1.4");
        Path secret = Files.writeString(root.resolveSibling(root.getFileName() + "-secret.txt"), "secret");
        secret.toFile().deleteOnExit();
        Files.createSymbolicLink(root.resolve("files/secret.txt"), secret);
    }

    @FuzzTest
    @DictionaryEntries({"&a ", "*a", "!!python/object", "!!str", "!<tag:yaml.org,2002:", "<<: ", "---\\x0A", "...\\x0A",
        "|\\x0A  ", ">-\\x0A  ", "- ", ": ", "{", "}", "[", "]", "? ", "\\\"\\\\u", "\\x09", "id: ", "controls: ",
        "file: ", "url: ", "owner: ", "approved: ", "lastReviewed: ", "reviewEvery: ", "likelihood: ", "[[",
        "]]", "A.2.2", "files/report.pdf", "files/secret.txt", "../", "%YAML 1.1\\x0A", "%TAG ! tag:x,2026:\\x0A"})
    void loads_any_yaml_into_findings_and_model(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        // the first byte picks the kind of file, the rest are its bytes: a seed is the kind's digit and a file
        String file = FILES[Math.floorMod(input[0] - '0', FILES.length)];
        byte[] bytes = java.util.Arrays.copyOfRange(input, 1, input.length);
        Path path = root.resolve(file);
        Files.write(path, bytes);

        Findings findings = new Findings();
        ContentTree tree = ContentTree.walk(root);
        SourceReader sources = new SourceReader(tree, findings);
        EntityReader entities = new EntityReader(findings, new Attachments(tree, findings));
        List<Ref> refs = new ArrayList<>();
        var text = sources.read(file);
        text.flatMap(t -> new YamlParser(findings).parse(t, file, 0)).ifPresent(node -> {
            if (file.equals("risks.yaml") && node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
                seq.getValue().forEach(item -> YamlMap.of(item, file, 0, findings, "a risk")
                        .map(m -> entities.risk(m, null)).ifPresent(r -> refs.addAll(refsOf(r))));
                return;
            }
            YamlMap.of(node, file, 0, findings, "the entry").ifPresent(m -> {
                switch (file) {
                    case "aims.yaml" -> {
                        var manifest = entities.manifest(m);
                        if (manifest.owner() != null) {
                            refs.add(manifest.owner());
                        }
                    }
                    case "soa.yaml" -> entities.soa(m).entries().forEach(e -> refs.addAll(e.evidence()));
                    case "systems/s1.yaml" -> refs.addAll(refsOf(entities.system(m, "s1")));
                    case "risks.yaml" -> refs.addAll(refsOf(entities.risk(m, "R-1")));
                    default -> {
                        EvidenceRecord e = entities.evidence(m, "EV-1");
                        refs.addAll(e.controls());
                        if (e.file() != null && !e.file().path().equals("files/report.pdf")) {
                            throw new AssertionError("an attachment other than the one file in the folder was"
                                    + " accepted: " + e.file().path());
                        }
                        if (e.url() != null && !e.url().matches("(?i)^(https?://|mailto:)\\S+$")) {
                            throw new AssertionError("a url that is not a web address was kept: " + e.url());
                        }
                    }
                }
            });
        });

        if (text.isPresent()) {
            assertFindings(findings.sorted(), file, text.get());
            for (Ref r : refs) {
                assertWithin(r.location(), file, text.get());
            }
        } else if (findings.sorted().isEmpty()) {
            throw new AssertionError("a file that could not be read left no finding");
        } else {
            findings.sorted().forEach(f -> {
                if (!f.location().file().equals(file)) {
                    throw new AssertionError("finding for another file: " + f);
                }
            });
        }
    }

    private static List<Ref> refsOf(AiSystem s) {
        List<Ref> refs = new ArrayList<>(s.controls());
        if (s.owner() != null) {
            refs.add(s.owner());
        }
        return refs;
    }

    private static List<Ref> refsOf(Risk r) {
        List<Ref> refs = new ArrayList<>(r.controls());
        refs.addAll(r.systems());
        refs.addAll(r.description().references()); // located inside a multi-line YAML string
        if (r.owner() != null) {
            refs.add(r.owner());
        }
        return refs;
    }
}
