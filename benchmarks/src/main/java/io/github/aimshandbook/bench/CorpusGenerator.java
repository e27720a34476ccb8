package io.github.aimshandbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a synthetic AIMS that is valid under the checks (0 errors, 0 warnings): {@code documents} narrative
 * documents of about 1,500 words, {@code systems} AI systems, {@code risks} risks, {@code evidence} evidence records,
 * a Statement of Applicability of all 38 Annex A controls, and references among all of them. The same spec and seed
 * give byte-identical files, and the Markdown and AsciiDoc variants hold the same text.
 *
 * <p>Beside {@code src/aims/} it writes a {@code pom.xml} that builds the handbook with the installed plugin, and the
 * same documents for the anchors: {@code mkdocs/} (Markdown: an mkdocs.yml whose nav lists every page) or
 * {@code asciidoctor/pom.xml} (AsciiDoc: asciidoctor-maven-plugin's process-asciidoc over {@code src/aims}).
 *
 * <p>Usage: {@code CorpusGenerator OUT_DIR DOCS SYSTEMS RISKS EVIDENCE md|adoc [SEED]}. Not thread-safe.
 */
public final class CorpusGenerator {

    /** The 38 Annex A controls of ISO/IEC 42001:2023, in catalog order. */
    static final List<String> CONTROLS = List.of("A.2.2", "A.2.3", "A.2.4", "A.3.2", "A.3.3", "A.4.2", "A.4.3",
            "A.4.4", "A.4.5", "A.4.6", "A.5.2", "A.5.3", "A.5.4", "A.5.5", "A.6.1.2", "A.6.1.3", "A.6.2.2",
            "A.6.2.3", "A.6.2.4", "A.6.2.5", "A.6.2.6", "A.6.2.7", "A.6.2.8", "A.7.2", "A.7.3", "A.7.4", "A.7.5",
            "A.7.6", "A.8.2", "A.8.3", "A.8.4", "A.8.5", "A.9.2", "A.9.3", "A.9.4", "A.10.2", "A.10.3", "A.10.4");
    /** The one control this synthetic organization declares not applicable (it supplies no AI to customers). */
    static final String NOT_APPLICABLE = "A.10.4";
    static final List<String> APPLICABLE = CONTROLS.stream().filter(c -> !c.equals(NOT_APPLICABLE)).toList();
    /** Clauses 4 to 10, leaves and parents, as documents name them in {@code clauses:}. */
    static final List<String> CLAUSES = List.of("4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1.1", "6.1.2",
            "6.1.3", "6.1.4", "6.2", "6.3", "7.1", "7.2", "7.3", "7.4", "7.5.1", "7.5.2", "7.5.3", "8.1", "8.2",
            "8.3", "8.4", "9.1", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3", "10.1", "10.2");
    static final List<String> CATEGORIES = List.of("accountability", "ai-expertise", "data-quality",
            "environmental-impact", "fairness", "maintainability", "privacy", "robustness", "safety", "security",
            "transparency-and-explainability");
    private static final List<String[]> ROLES = List.of(
            new String[] {"ceo", "Chief Executive Officer", "Marta Lindgren"},
            new String[] {"chief-risk-officer", "Chief Risk Officer", "Oskar Brandt"},
            new String[] {"head-of-ai-governance", "Head of AI Governance", "Amara Okoye"},
            new String[] {"ml-platform-lead", "ML Platform Lead", "Jun Watanabe"},
            new String[] {"data-protection-officer", "Data Protection Officer", "Élodie Martin"},
            new String[] {"ciso", "Chief Information Security Officer", "Rafael Souza"},
            new String[] {"internal-auditor", "Internal Audit Manager", "Grace O'Neill"},
            new String[] {"head-of-data", "Head of Data", "Nikolai Petrov"},
            new String[] {"head-of-product", "Head of Product", "Sofia Rossi"},
            new String[] {"head-of-operations", "Head of Operations", "Kwame Mensah"},
            new String[] {"legal-counsel", "General Counsel", "Hannah Weiß"},
            new String[] {"procurement-lead", "Procurement Lead", "Lucas Fernández"});
    private static final List<String> SYSTEM_AREAS = List.of("Credit scoring", "Fraud detection", "Churn prediction",
            "Support assistant", "Document extraction", "Demand forecasting", "Claims triage", "Pricing",
            "Anti-money-laundering screening", "Recruitment screening", "Translation", "Code assistant",
            "Recommendation", "Identity verification", "Collections propensity", "Marketing segmentation");
    private static final List<String> EVIDENCE_KINDS = List.of("record", "evaluation-report", "training-record",
            "audit-report", "minutes", "log", "ticket", "dashboard", "contract");
    private static final String TODAY = "2026-11-22";
    private static final int WORDS_PER_DOCUMENT = 1500;

    /** What to generate. */
    public record Spec(int documents, int systems, int risks, int evidence, Syntax syntax, long seed) {

        public Spec {
            if (systems < 1 || risks < 1 || evidence < 1) {
                throw new IllegalArgumentException("A corpus needs at least one system, risk and evidence record.");
            }
            int perSystem = systems + (systems + 1) / 2;
            if (documents < perSystem + 1) {
                throw new IllegalArgumentException("With " + systems + " systems a corpus needs at least "
                        + (perSystem + 1) + " documents: one impact assessment per system, one model card per"
                        + " provider system, and at least one other.");
            }
        }

        public static Spec of(int documents, int systems, int risks, int evidence, String format) {
            return new Spec(documents, systems, risks, evidence, Syntax.of(format), 42);
        }

        /** A short name such as {@code md-1000}: format and document count. */
        public String name() {
            return syntax.extension() + "-" + documents + "-" + systems + "-" + risks + "-" + evidence;
        }
    }

    private record Doc(String id, String folder, String type, String title, List<String> systems,
            List<String> controls, List<String> clauses) {
    }

    private final Spec spec;
    private final String pluginVersion;
    private final List<Doc> docs = new ArrayList<>();
    private final List<String> systemIds = new ArrayList<>();
    private final List<String> systemNames = new ArrayList<>();
    private final List<String> riskIds = new ArrayList<>();
    private final List<String> evidenceIds = new ArrayList<>();

    public CorpusGenerator(Spec spec, String pluginVersion) {
        this.spec = spec;
        this.pluginVersion = pluginVersion;
        plan();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 6) {
            System.err.println("Usage: CorpusGenerator OUT_DIR DOCS SYSTEMS RISKS EVIDENCE md|adoc [SEED]");
            System.exit(2);
        }
        Spec spec = new Spec(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), Syntax.of(args[5]), args.length > 6 ? Long.parseLong(args[6]) : 42);
        new CorpusGenerator(spec, BenchProperties.pluginVersion()).write(Path.of(args[0]));
        System.out.println("Wrote " + spec.name() + " to " + args[0]);
    }

    /** Decides every id first, so that any entry may refer to any other. */
    private void plan() {
        for (int i = 1; i <= spec.systems(); i++) {
            systemIds.add(String.format(Locale.ROOT, "sys-%03d", i));
            systemNames.add(SYSTEM_AREAS.get((i - 1) % SYSTEM_AREAS.size()) + " model " + i);
        }
        for (int i = 1; i <= spec.risks(); i++) {
            riskIds.add(String.format(Locale.ROOT, "R-%04d", i));
        }
        for (int i = 1; i <= spec.evidence(); i++) {
            evidenceIds.add(String.format(Locale.ROOT, "EV-%04d", i));
        }
        int k = 0;
        for (int s = 0; s < spec.systems(); s++) {
            docs.add(doc(k++, "ia-" + systemIds.get(s), "impact-assessments", "impact-assessment",
                    "Impact assessment: " + systemNames.get(s), List.of(systemIds.get(s))));
        }
        for (int s = 0; s < spec.systems(); s += 2) {
            docs.add(doc(k++, "model-card-" + systemIds.get(s), "model-cards", "model-card",
                    "Model card: " + systemNames.get(s), List.of(systemIds.get(s))));
        }
        int rest = spec.documents() - docs.size();
        int policies = Math.max(1, rest / 10);
        int procedures = Math.max(1, rest * 4 / 10);
        int records = rest - policies - procedures;
        Prose names = new Prose(spec.seed() * 31 + 7);
        for (int i = 1; i <= policies; i++) {
            docs.add(doc(k++, String.format(Locale.ROOT, "policy-%04d", i), "policies", "policy",
                    String.format(Locale.ROOT, "AI policy %04d: %s", i, names.heading()), otherSystems(k)));
        }
        for (int i = 1; i <= procedures; i++) {
            docs.add(doc(k++, String.format(Locale.ROOT, "procedure-%04d", i), "procedures", "procedure",
                    String.format(Locale.ROOT, "Procedure %04d: %s", i, names.heading()), otherSystems(k)));
        }
        for (int i = 1; i <= records; i++) {
            docs.add(doc(k++, String.format(Locale.ROOT, "record-%04d", i), "records", "record",
                    String.format(Locale.ROOT, "Record %04d: %s review", i, names.heading()), otherSystems(k)));
        }
    }

    private List<String> otherSystems(int k) {
        return k % 3 == 0 ? List.of() : List.of(systemIds.get(k % systemIds.size()));
    }

    /** Controls and clauses go round-robin, so every applicable control has evidence and every clause an answer. */
    private Doc doc(int k, String id, String folder, String type, String title, List<String> systems) {
        Set<String> controls = new LinkedHashSet<>();
        for (int j = 0; j < 1 + k % 3; j++) {
            controls.add(APPLICABLE.get((k * 3 + j) % APPLICABLE.size()));
        }
        Set<String> clauses = new LinkedHashSet<>();
        for (int j = 0; j < 2; j++) {
            clauses.add(CLAUSES.get((k * 2 + j) % CLAUSES.size()));
        }
        return new Doc(id, folder, type, title, systems, List.copyOf(controls), List.copyOf(clauses));
    }

    /** Writes the corpus under {@code out}; existing generated files are replaced. */
    public void write(Path out) throws IOException {
        Path aims = out.resolve("src/aims");
        Files.createDirectories(aims);
        write(out.resolve("pom.xml"), aimsPom());
        write(aims.resolve("aims.yaml"), manifest());
        write(aims.resolve("soa.yaml"), soa());
        for (int i = 0; i < systemIds.size(); i++) {
            write(aims.resolve("systems/" + systemIds.get(i) + ".yaml"), system(i));
        }
        for (int i = 0; i < riskIds.size(); i++) {
            write(aims.resolve("risks/" + riskIds.get(i) + ".yaml"), risk(i));
        }
        write(aims.resolve("evidence.yaml"), evidence(aims));
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            write(aims.resolve(d.folder() + "/" + d.id() + "." + spec.syntax().extension()), document(i));
        }
        if (spec.syntax() == Syntax.MARKDOWN) {
            writeMkdocs(out.resolve("mkdocs"), aims);
        } else {
            write(out.resolve("asciidoctor/pom.xml"), asciidoctorPom());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private String aimsPom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Generated by the AIMS Handbook benchmarks (%s). Builds the handbook with the installed plugin. -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.aimshandbook.bench</groupId>
                  <artifactId>corpus-%s</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.outputTimestamp>%sT00:00:00Z</project.build.outputTimestamp>
                    <aims.formats>html</aims.formats>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.aimshandbook</groupId>
                        <artifactId>aims-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <id>handbook</id>
                            <goals>
                              <goal>handbook</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(spec.name(), spec.name(), TODAY, pluginVersion);
    }

    private String asciidoctorPom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!-- Generated by the AIMS Handbook benchmarks (%s): the anchor, asciidoctor-maven-plugin's
                     process-asciidoc over the same AsciiDoc documents. -->
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.aimshandbook.bench</groupId>
                  <artifactId>asciidoctor-%s</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.asciidoctor</groupId>
                        <artifactId>asciidoctor-maven-plugin</artifactId>
                        <version>3.1.1</version>
                        <executions>
                          <execution>
                            <id>html</id>
                            <phase>package</phase>
                            <goals>
                              <goal>process-asciidoc</goal>
                            </goals>
                            <configuration>
                              <sourceDirectory>${project.basedir}/../src/aims</sourceDirectory>
                              <outputDirectory>${project.build.directory}/asciidoc</outputDirectory>
                              <backend>html5</backend>
                              <preserveDirectories>true</preserveDirectories>
                              <attributes>
                                <skip-front-matter/>
                                <sectanchors/>
                              </attributes>
                            </configuration>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(spec.name(), spec.name());
    }

    private void writeMkdocs(Path dir, Path aims) throws IOException {
        StringBuilder yml = new StringBuilder();
        yml.append("# Generated by the AIMS Handbook benchmarks (").append(spec.name())
                .append("): MkDocs over the same Markdown documents, with a nav that lists every page.\n");
        yml.append("site_name: AIMS benchmark ").append(spec.name()).append('\n');
        yml.append("docs_dir: docs\nsite_dir: site\ntheme:\n  name: mkdocs\nnav:\n  - Home: index.md\n");
        String folder = null;
        for (Doc d : docs.stream().sorted(java.util.Comparator.comparing(Doc::folder).thenComparing(Doc::id))
                .toList()) {
            if (!d.folder().equals(folder)) {
                folder = d.folder();
                yml.append("  - ").append(capitalize(folder.replace('-', ' '))).append(":\n");
            }
            yml.append("    - ").append(quote(d.title())).append(": ").append(d.folder()).append('/')
                    .append(d.id()).append(".md\n");
            Path source = aims.resolve(d.folder() + "/" + d.id() + ".md");
            Path target = dir.resolve("docs/" + d.folder() + "/" + d.id() + ".md");
            Files.createDirectories(target.getParent());
            Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        write(dir.resolve("mkdocs.yml"), yml.toString());
        write(dir.resolve("docs/index.md"), "# AIMS benchmark\n\nThe same " + docs.size()
                + " documents as the AIMS handbook build.\n");
    }

    private String manifest() {
        Prose p = new Prose(spec.seed());
        StringBuilder s = new StringBuilder();
        s.append("# Synthetic AIMS generated by the AIMS Handbook benchmarks (").append(spec.name())
                .append(", seed ").append(spec.seed()).append(").\n");
        s.append("organization: Synthetic Benchmark Holdings Ltd.\n");
        s.append("title: AI Management System Handbook\n");
        s.append("version: \"1.0\"\nclassification: Internal\nowner: head-of-ai-governance\n");
        s.append("approved: { by: ceo, date: 2026-03-01 }\naiRoles: [provider, producer, user]\n");
        s.append("scope: |\n");
        Syntax md = Syntax.MARKDOWN;
        s.append("  ## What the AI management system covers\n\n");
        s.append(indent(paragraph(p, md, 4, List.of(systemIds.get(0), docs.get(0).id(), "A.4.5")), "  "));
        s.append("\n  ## Boundaries\n\n");
        s.append(indent(md.bullets(List.of(p.phrase(), p.phrase(), p.phrase())), "  "));
        s.append("roles:\n");
        for (String[] r : ROLES) {
            s.append("  - id: ").append(r[0]).append('\n');
            s.append("    title: ").append(r[1]).append('\n');
            s.append("    holder: ").append(quote(r[2])).append('\n');
            s.append("    responsibilities: |\n");
            s.append(indent(md.bullets(List.of(p.phrase(), p.phrase() + " (" + md.ref(pickDoc(p), null) + ")")),
                    "      "));
        }
        s.append("riskMatrix:\n  likelihood: 5\n  impact: 5\n  thresholds: { low: 1, medium: 5, high: 12 }\n");
        return s.toString();
    }

    private String soa() {
        Prose p = new Prose(spec.seed() + 1);
        StringBuilder s = new StringBuilder();
        s.append("# Statement of Applicability: all 38 Annex A controls.\nversion: \"1.0\"\n");
        s.append("approved: { by: ceo, date: 2026-03-01 }\ncontrols:\n");
        for (int i = 0; i < CONTROLS.size(); i++) {
            String c = CONTROLS.get(i);
            s.append("  ").append(c).append(":\n");
            if (c.equals(NOT_APPLICABLE)) {
                s.append("    applicable: false\n");
                s.append("    justification: We supply no AI system, model or AI service to customers.\n");
                continue;
            }
            s.append("    applicable: true\n");
            s.append("    status: ").append(i % 5 == 4 ? "partial" : "implemented").append('\n');
            s.append("    owner: ").append(role(p)).append('\n');
            s.append("    justification: ").append(p.sentence()).append('\n');
            String doc = docs.get(i % docs.size()).id();
            String ev = evidenceIds.get(i % evidenceIds.size());
            s.append("    implementation: |\n");
            s.append(indent(paragraph(p, Syntax.MARKDOWN, 3, List.of(doc, ev, systemIds.get(i % systemIds.size()))),
                    "      "));
            s.append("    evidence: [").append(doc).append(", ").append(ev).append("]\n");
        }
        return s.toString();
    }

    private String system(int i) {
        Prose p = new Prose(spec.seed() * 1_000_003 + 10_000 + i);
        String provider = i % 4 == 0 ? "provider" : i % 4 == 2 ? "producer" : "user";
        StringBuilder s = new StringBuilder();
        s.append("name: ").append(systemNames.get(i)).append('\n');
        s.append("owner: ").append(role(p)).append('\n');
        s.append("purpose: >-\n  ").append(p.sentence()).append(' ').append(p.sentence()).append('\n');
        s.append("aiRoles: [").append(provider).append("]\n");
        s.append("lifecycle: production\ninScope: true\n");
        s.append("riskClass: ").append(List.of("minimal", "limited", "high").get(i % 3)).append('\n');
        s.append("dataInputs:\n");
        for (int j = 1; j <= 2; j++) {
            s.append("  - { name: Input ").append(j).append(" of ").append(systemIds.get(i))
                    .append(", source: Source system ").append(p.between(1, 40))
                    .append(", classification: Confidential }\n");
        }
        s.append("dataOutputs:\n  - { name: Score, consumers: Decision engine }\n");
        s.append("models:\n  - { name: model-").append(systemIds.get(i)).append(", vendor: ")
                .append(provider.equals("user") ? "Vendor " + p.between(1, 9) + " Inc." : "in-house")
                .append(", version: ").append(p.between(1, 6)).append('.').append(p.between(0, 9))
                .append(".0, deployment: private cloud }\n");
        s.append("humanOversight: ").append(p.sentence()).append('\n');
        s.append("controls: [").append(String.join(", ", controlsFor(i, 2))).append("]\n");
        s.append("reviewEvery: P12M\nlastReviewed: ").append(p.date()).append('\n');
        return s.toString();
    }

    private String risk(int i) {
        Prose p = new Prose(spec.seed() * 1_000_003 + 20_000 + i);
        int likelihood = p.between(2, 5);
        int impact = p.between(2, 5);
        boolean mitigate = i % 5 != 4;
        StringBuilder s = new StringBuilder();
        s.append("title: ").append(quote(p.heading() + " risk " + (i + 1) + " of " + systemNames.get(i % systemNames.size())))
                .append('\n');
        s.append("description: |\n  ").append(p.sentence()).append(" It affects ")
                .append(Syntax.MARKDOWN.ref(systemIds.get(i % systemIds.size()), null)).append(".\n");
        s.append("category: ").append(CATEGORIES.get(i % CATEGORIES.size())).append('\n');
        s.append("systems: [").append(systemIds.get(i % systemIds.size())).append("]\n");
        s.append("owner: ").append(role(p)).append('\n');
        s.append("likelihood: ").append(likelihood).append("\nimpact: ").append(impact).append('\n');
        s.append("treatment: ").append(mitigate ? "mitigate" : "accept").append('\n');
        if (mitigate) {
            s.append("controls: [").append(String.join(", ", controlsFor(i * 7, 1 + i % 3))).append("]\n");
        }
        s.append("residual: { likelihood: ").append(p.between(1, likelihood)).append(", impact: ")
                .append(p.between(1, impact)).append(" }\n");
        s.append("status: ").append(i % 3 == 0 ? "treated" : "open").append('\n');
        return s.toString();
    }

    private String evidence(Path aims) {
        StringBuilder s = new StringBuilder();
        s.append("# Evidence records (").append(evidenceIds.size()).append(").\n");
        for (int i = 0; i < evidenceIds.size(); i++) {
            Prose p = new Prose(spec.seed() * 1_000_003 + 30_000 + i);
            String id = evidenceIds.get(i);
            String kind = EVIDENCE_KINDS.get(i % EVIDENCE_KINDS.size());
            s.append("- id: ").append(id).append('\n');
            s.append("  title: ").append(quote(capitalize(kind.replace('-', ' ')) + " " + (i + 1) + ": "
                    + p.pick(List.of("bias evaluation", "access review", "drift report", "release approval",
                            "training completion", "supplier review", "incident review", "model validation"))))
                    .append('\n');
            s.append("  kind: ").append(kind).append('\n');
            s.append("  date: ").append(p.date()).append('\n');
            s.append("  owner: ").append(role(p)).append('\n');
            if (i % 25 == 0) {
                String file = "files/" + id.toLowerCase(Locale.ROOT) + ".txt";
                write(aims.resolve(file), "Evidence " + id + "\n" + p.sentence() + "\n" + p.sentence() + "\n");
                s.append("  file: ").append(file).append('\n');
            } else {
                s.append("  url: https://evidence.example.com/").append(id.toLowerCase(Locale.ROOT)).append('\n');
            }
            s.append("  controls: [").append(String.join(", ", controlsFor(i * 5, 1 + i % 2))).append("]\n");
            s.append("  systems: [").append(i % 4 == 3 ? "" : systemIds.get(i % systemIds.size())).append("]\n");
            s.append("  reviewEvery: P12M\n");
        }
        return s.toString();
    }

    private String document(int index) {
        Doc d = docs.get(index);
        Syntax x = spec.syntax();
        Prose p = new Prose(spec.seed() * 1_000_003 + 100_000 + index);
        StringBuilder s = new StringBuilder();
        s.append("---\n");
        s.append("id: ").append(d.id()).append('\n');
        s.append("title: ").append(quote(d.title())).append('\n');
        s.append("type: ").append(d.type()).append('\n');
        s.append("owner: ").append(role(p)).append('\n');
        s.append("version: \"").append(p.between(1, 4)).append('.').append(p.between(0, 9)).append("\"\n");
        s.append("status: approved\n");
        String date = p.date();
        s.append("approved: { by: ").append(role(p)).append(", date: ").append(date).append(" }\n");
        s.append("reviewEvery: P12M\nlastReviewed: ").append(date).append('\n');
        s.append("controls: [").append(String.join(", ", d.controls())).append("]\n");
        s.append("clauses: [").append(String.join(", ", d.clauses().stream().map(c -> "\"" + c + "\"").toList()))
                .append("]\n");
        s.append("systems: [").append(String.join(", ", d.systems())).append("]\n");
        s.append("---\n");
        s.append(x.title(d.title())).append('\n');

        List<String> related = new ArrayList<>(d.controls());
        related.addAll(d.systems());
        int words = 0;
        String intro = paragraph(p, x, 3, related);
        s.append(intro).append('\n');
        words += Prose.words(intro);
        int section = 0;
        while (words < WORDS_PER_DOCUMENT) {
            section++;
            StringBuilder b = new StringBuilder();
            b.append(x.heading(2, section + ". " + p.heading())).append('\n');
            b.append(paragraph(p, x, p.between(3, 5), List.of(pickRef(p), pickRef(p)))).append('\n');
            b.append(paragraph(p, x, p.between(2, 4), List.of(pickRef(p)))).append('\n');
            if (section % 2 == 0) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = p.between(4, 6); r > 0; r--) {
                    rows.add(List.of(p.metric(), x.ref(role(p), null),
                            x.ref(evidenceIds.get(p.between(0, evidenceIds.size() - 1)), null), p.state()));
                }
                b.append(x.table(List.of("Measure", "Owner", "Evidence", "Status"), rows)).append('\n');
            }
            List<String> items = new ArrayList<>();
            for (int n = p.between(3, 6); n > 0; n--) {
                items.add(p.chance(30) ? p.phrase() + " (" + x.ref(pickRef(p), null) + ")" : p.phrase());
            }
            b.append(section % 3 == 1 ? x.numbered(items) : x.bullets(items)).append('\n');
            if (section % 3 == 2) {
                b.append(x.heading(3, p.heading())).append('\n');
                b.append(paragraph(p, x, p.between(2, 3), List.of())).append('\n');
            }
            s.append(b);
            words += Prose.words(b.toString());
        }
        return s.toString();
    }

    /** Sentences, then a sentence that refers to each of {@code refs}. */
    private String paragraph(Prose p, Syntax x, int sentences, List<String> refs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            s.append(i == 0 ? "" : " ").append(p.sentence());
        }
        for (String ref : refs) {
            s.append(' ').append(p.pick(List.of("See ", "This follows ", "Details are in ", "It is traced to ")))
                    .append(p.chance(30) ? x.ref(ref, ("the " + p.metric() + " record").replace(' ', NBSP))
                            : x.ref(ref, null))
                    .append('.');
        }
        return wrap(s.toString()).replace(NBSP, ' ') + "\n";
    }

    /** Any id of the handbook: a control, system, risk, evidence record, document or role. */
    private String pickRef(Prose p) {
        return switch (p.between(0, 5)) {
            case 0 -> p.pick(CONTROLS);
            case 1 -> p.pick(systemIds);
            case 2 -> p.pick(riskIds);
            case 3 -> p.pick(evidenceIds);
            case 4 -> pickDoc(p);
            default -> role(p);
        };
    }

    private String pickDoc(Prose p) {
        return docs.get(p.between(0, docs.size() - 1)).id();
    }

    private static String role(Prose p) {
        return p.pick(ROLES)[0];
    }

    private static List<String> controlsFor(int k, int count) {
        Set<String> result = new LinkedHashSet<>();
        for (int j = 0; j < count; j++) {
            result.add(APPLICABLE.get((k + j * 11) % APPLICABLE.size()));
        }
        return List.copyOf(result);
    }

    /** Stands for a space inside a reference's link text while wrapping, so that no reference is broken. */
    private static final char NBSP = '\u0001';

    /** Breaks prose at about 100 columns, as people write it. */
    private static String wrap(String text) {
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (String word : text.split(" ")) {
            if (column > 0 && column + word.length() > 100) {
                out.append('\n');
                column = 0;
            } else if (column > 0) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }

    private static String indent(String text, String prefix) {
        StringBuilder s = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                s.append(prefix).append(line);
            }
            s.append('\n');
        }
        return s.toString().replaceAll("\n+$", "\n");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
