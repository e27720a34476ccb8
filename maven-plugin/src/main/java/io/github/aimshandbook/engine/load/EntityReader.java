package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.model.AiSystem;
import io.github.aimshandbook.engine.model.Attachment;
import io.github.aimshandbook.engine.model.EvidenceRecord;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Manifest;
import io.github.aimshandbook.engine.model.Ref;
import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.model.RiskMatrix;
import io.github.aimshandbook.engine.model.Role;
import io.github.aimshandbook.engine.model.Soa;
import io.github.aimshandbook.engine.model.SoaEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** Turns located YAML mappings into model records, one method per kind of entry. Stateless apart from findings. */
final class EntityReader {

    static final List<String> MANIFEST_KEYS = List.of("organization", "title", "version", "classification",
            "owner", "approved", "aiRoles", "scope", "roles", "riskMatrix", "logo", "accentColor", "auditCycle",
            "reviewCycle");
    /** Image types every browser and the PDF renderer show. */
    static final List<String> LOGO_TYPES = List.of(".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp");
    private static final java.util.regex.Pattern HEX_COLOUR = java.util.regex.Pattern.compile(
            "#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    static final List<String> ROLE_KEYS = List.of("id", "title", "holder", "responsibilities");
    static final List<String> SOA_KEYS = List.of("version", "approved", "controls");
    static final List<String> SOA_ENTRY_KEYS = List.of("applicable", "status", "owner", "justification",
            "implementation", "evidence", "inherited");
    static final List<String> SYSTEM_KEYS = List.of("id", "name", "owner", "purpose", "aiRoles", "lifecycle",
            "inScope", "riskClass", "dataInputs", "dataOutputs", "models", "humanOversight", "controls",
            "reviewEvery", "lastReviewed", "validUntil");
    static final List<String> RISK_KEYS = List.of("id", "title", "description", "category", "systems", "owner",
            "likelihood", "impact", "treatment", "controls", "residual", "status");
    static final List<String> EVIDENCE_KEYS = List.of("id", "title", "kind", "date", "owner", "file", "url",
            "controls", "systems", "reviewEvery", "validUntil");

    private final Findings findings;
    private final Attachments attachments;

    EntityReader(Findings findings, Attachments attachments) {
        this.findings = findings;
        this.attachments = attachments;
    }

    Manifest manifest(YamlMap m) {
        m.allowOnly(MANIFEST_KEYS);
        List<Role> roles = new ArrayList<>();
        for (YamlMap r : m.maps("roles", "a role")) {
            r.allowOnly(ROLE_KEYS);
            String id = r.required("id");
            roles.add(new Role(id, r.string("title").orElse(id), r.string("holder").orElse(""),
                    r.text("responsibilities"), r.has("id") ? r.locationOf("id") : r.location()));
        }
        RiskMatrix matrix = m.map("riskMatrix").map(this::riskMatrix).orElse(RiskMatrix.DEFAULT);
        return new Manifest(
                m.required("organization"),
                m.string("title").orElse("AI Management System Handbook"),
                m.string("version").orElse(""),
                m.string("classification").orElse(""),
                m.ref("owner").orElse(null),
                m.approval("approved"),
                m.wordsOf("aiRoles", Vocabulary.AI_ROLES),
                m.text("scope"),
                roles,
                matrix,
                logo(m),
                accentColor(m),
                m.period("auditCycle").orElse(Manifest.DEFAULT_CYCLE),
                m.period("reviewCycle").orElse(Manifest.DEFAULT_CYCLE),
                m.location());
    }

    private Attachment logo(YamlMap m) {
        return m.string("logo").flatMap(path -> {
            String lower = path.toLowerCase(java.util.Locale.ROOT);
            if (LOGO_TYPES.stream().noneMatch(lower::endsWith)) {
                findings.error("invalid-value", m.locationOf("logo"), "The logo '" + path + "' is not an image"
                        + " browsers show. Use an SVG, PNG, JPEG, GIF or WebP file, such as files/logo.svg.");
                return Optional.empty();
            }
            return attachments.resolve(path, m.locationOf("logo"), "the logo");
        }).orElse(null);
    }

    private String accentColor(YamlMap m) {
        return m.string("accentColor").filter(colour -> {
            if (HEX_COLOUR.matcher(colour.trim()).matches()) {
                return true;
            }
            findings.error("invalid-value", m.locationOf("accentColor"), "'accentColor' is '" + colour
                    + "', not a hex colour. Write it as '#' and six (or three) hex digits, such as \"#1f5f8b\""
                    + " (in quotes: YAML reads an unquoted # as the start of a comment).");
            return false;
        }).map(c -> c.trim().toLowerCase(java.util.Locale.ROOT)).orElse("");
    }

    private RiskMatrix riskMatrix(YamlMap m) {
        m.allowOnly(List.of("likelihood", "impact", "thresholds"));
        int likelihood = m.integer("likelihood", 2, 10).orElse(5);
        int impact = m.integer("impact", 2, 10).orElse(5);
        int max = likelihood * impact;
        RiskMatrix d = RiskMatrix.DEFAULT;
        Optional<YamlMap> t = m.map("thresholds");
        t.ifPresent(x -> x.allowOnly(List.of("low", "medium", "high")));
        int low = t.flatMap(x -> x.integer("low", 1, max)).orElse(d.low());
        int medium = t.flatMap(x -> x.integer("medium", 1, max)).orElse(d.medium());
        int high = t.flatMap(x -> x.integer("high", 1, max)).orElse(d.high());
        if (!(low <= medium && medium <= high)) {
            findings.error("invalid-value", m.locationOf("thresholds"), "The risk thresholds must rise: low ("
                    + low + ") <= medium (" + medium + ") <= high (" + high + ").");
        }
        return new RiskMatrix(likelihood, impact, low, medium, high);
    }

    Soa soa(YamlMap m) {
        m.allowOnly(SOA_KEYS);
        List<SoaEntry> entries = new ArrayList<>();
        if (!m.has("controls")) {
            findings.error("missing-field", m.location(), "The Statement of Applicability has no 'controls'. List"
                    + " all 38 Annex A controls under 'controls:', e.g. A.2.2: { applicable: true, ... }.");
        }
        m.node("controls").ifPresent(node -> {
            if (!(node instanceof MappingNode mapping)) {
                m.wrongType("controls", node, "a mapping of control ids (A.2.2: ...) to decisions");
                return;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String id = YamlMap.scalarText(tuple.getKeyNode());
                Location at = m.at(tuple.getKeyNode());
                if (id == null) {
                    findings.error("wrong-type", at, "Each key under 'controls' must be a control id such as A.2.2.");
                    continue;
                }
                YamlMap.of(tuple.getValueNode(), m.file(), 0, findings, "the SoA entry of " + id)
                        .ifPresent(e -> entries.add(soaEntry(id.trim(), at, e)));
            }
        });
        // a control missing from the SoA belongs under 'controls:', so findings about the whole list point there
        return new Soa(m.string("version").orElse(""), m.approval("approved"), entries,
                m.has("controls") ? m.keyLocation("controls") : m.location());
    }

    private SoaEntry soaEntry(String id, Location at, YamlMap e) {
        e.allowOnly(SOA_ENTRY_KEYS);
        Optional<Boolean> applicable = e.bool("applicable");
        if (!e.has("applicable")) {
            findings.error("missing-field", at, "The SoA entry of " + id + " does not say whether the control is"
                    + " applicable. Add 'applicable: true' or 'applicable: false' with a justification.");
        }
        return new SoaEntry(id, applicable.orElse(true), e.oneOf("status", Vocabulary.SOA_STATUS).orElse(null),
                e.ref("owner").orElse(null), e.string("justification").orElse(""), e.text("implementation"),
                e.refs("evidence"), e.string("inherited").orElse(null), at);
    }

    AiSystem system(YamlMap m, String defaultId) {
        m.allowOnly(SYSTEM_KEYS);
        String id = m.string("id").orElse(defaultId);
        Location at = m.idLocation();
        return new AiSystem(id, m.required("name"), m.ref("owner").orElse(null), m.string("purpose").orElse(""),
                m.wordsOf("aiRoles", Vocabulary.AI_ROLES), m.oneOf("lifecycle", Vocabulary.LIFECYCLE).orElse(null),
                m.bool("inScope").orElse(true), m.oneOf("riskClass", Vocabulary.RISK_CLASS).orElse(null),
                rows(m, "dataInputs", "a data input"), rows(m, "dataOutputs", "a data output"),
                rows(m, "models", "a model"), m.string("humanOversight").orElse(""), m.refs("controls"),
                m.review("lastReviewed"), at, keyLocations(m));
    }

    private static Map<String, Location> keyLocations(YamlMap m) {
        return m.locatedKeys(m.location()).written();
    }

    private List<Map<String, String>> rows(YamlMap m, String key, String what) {
        return m.maps(key, what).stream().map(YamlMap::flat).toList();
    }

    Risk risk(YamlMap m, String defaultId) {
        m.allowOnly(RISK_KEYS);
        String id = defaultId == null ? m.required("id") : m.string("id").orElse(defaultId);
        Location at = m.idLocation();
        Optional<YamlMap> residual = m.map("residual");
        residual.ifPresent(r -> r.allowOnly(List.of("likelihood", "impact")));
        return new Risk(id, m.required("title"), m.text("description"),
                m.string("category").orElse(""), m.refs("systems"), m.ref("owner").orElse(null),
                requiredScore(m, "likelihood"), requiredScore(m, "impact"),
                m.oneOf("treatment", Vocabulary.TREATMENT).orElse(null), m.refs("controls"),
                residual.flatMap(r -> r.integer("likelihood", 1, 10)).orElse(0),
                residual.flatMap(r -> r.integer("impact", 1, 10)).orElse(0),
                m.oneOf("status", Vocabulary.RISK_STATUS).orElse("open"), at);
    }

    private int requiredScore(YamlMap m, String key) {
        if (!m.has(key)) {
            m.required(key);
            return 0;
        }
        return m.integer(key, 1, 10).orElse(0);
    }

    EvidenceRecord evidence(YamlMap m, String defaultId) {
        m.allowOnly(EVIDENCE_KEYS);
        String id = defaultId == null ? m.required("id") : m.string("id").orElse(defaultId);
        Location at = m.idLocation();
        Attachment file = m.string("file")
                .flatMap(path -> attachments.resolve(path, m.locationOf("file"), "the evidence file"))
                .orElse(null);
        String url = m.string("url").orElse(null);
        if (url != null && !url.matches("(?i)^(https?://|mailto:)\\S+$")) {
            findings.error("invalid-url", m.locationOf("url"), "The url '" + url + "' of evidence record " + id
                    + " is not a web address. Write it as https://..., or put the file under files/ and use 'file:'.");
            url = null;
        }
        if (!m.has("file") && !m.has("url")) {
            findings.warning("no-evidence-source", at, "Evidence record " + id + " has neither 'file' nor 'url';"
                    + " an auditor cannot open it. Add the file under files/ or a link to where it is kept.");
        }
        return new EvidenceRecord(id, m.required("title"), m.string("kind").orElse("record"),
                m.date("date").orElse(null), m.ref("owner").orElse(null), file, url, m.refs("controls"),
                m.refs("systems"), m.review("date"), at);
    }
}
