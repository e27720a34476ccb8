package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.model.Action;
import io.github.aimshandbook.engine.model.Audit;
import io.github.aimshandbook.engine.model.AuditScope;
import io.github.aimshandbook.engine.model.Effectiveness;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Keys;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.ManagementReview;
import io.github.aimshandbook.engine.model.Nonconformity;
import io.github.aimshandbook.engine.model.Objective;
import io.github.aimshandbook.engine.model.ObjectiveResult;
import io.github.aimshandbook.engine.model.ReviewInput;
import io.github.aimshandbook.engine.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the entries of the four registers of the audit cycle (contract 1.1): objectives, internal audits,
 * nonconformities and management reviews. Like {@link EntityReader}, each method turns one located mapping into a
 * record; {@code defaultId} is the file name in the folder form, null in the list form (where {@code id} is
 * required). Stateless apart from findings.
 */
final class AuditCycleReader {

    static final List<String> OBJECTIVE_KEYS = List.of("id", "title", "owner", "measure", "target", "due",
            "status", "controls", "systems", "results", "reviewEvery");
    static final List<String> RESULT_KEYS = List.of("date", "value", "evidence");
    static final List<String> AUDIT_KEYS = List.of("id", "title", "status", "date", "lead", "auditor", "scope",
            "report");
    static final List<String> SCOPE_KEYS = List.of("clauses", "controls", "systems");
    static final List<String> NONCONFORMITY_KEYS = List.of("id", "title", "kind", "source", "raised", "owner",
            "controls", "systems", "rootCause", "actions", "status", "closed", "evidence", "effectiveness");
    static final List<String> ACTION_KEYS = List.of("id", "description", "owner", "due", "done");
    static final List<String> EFFECTIVENESS_KEYS = List.of("date", "by", "effective");
    static final List<String> REVIEW_KEYS = List.of("id", "title", "date", "chair", "attendees", "minutes",
            "inputs", "decisions", "actions");
    static final List<String> INPUT_KEYS = List.of("text", "references");

    private final Findings findings;

    AuditCycleReader(Findings findings) {
        this.findings = findings;
    }

    Objective objective(YamlMap m, String defaultId) {
        m.allowOnly(OBJECTIVE_KEYS);
        String id = id(m, defaultId);
        List<ObjectiveResult> results = new ArrayList<>();
        for (YamlMap r : m.maps("results", "a result of objective " + id)) {
            r.allowOnly(RESULT_KEYS);
            require(r, "date");
            results.add(new ObjectiveResult(r.date("date").orElse(null), r.required("value"), r.refs("evidence"),
                    r.locatedKeys(r.location())));
        }
        return new Objective(id, m.required("title"), m.ref("owner").orElse(null), m.required("measure"),
                m.required("target"), m.date("due").orElse(null), m.oneOf("status", Objective.STATUSES).orElse(null),
                m.refs("controls"), m.refs("systems"), results, m.period("reviewEvery").orElse(null),
                m.locatedKeys(m.idLocation()));
    }

    Audit audit(YamlMap m, String defaultId) {
        m.allowOnly(AUDIT_KEYS);
        String id = id(m, defaultId);
        AuditScope scope = m.map("scope").map(s -> {
            s.allowOnly(SCOPE_KEYS);
            return new AuditScope(s.refs("clauses"), s.refs("controls"), s.refs("systems"));
        }).orElse(AuditScope.NONE);
        if (!m.has("scope")) {
            findings.error("missing-field", m.idLocation(), "Internal audit " + id + " has no 'scope'. Say what it"
                    + " covers: scope: { clauses: [4, 5], controls: [A.2.2], systems: [...] }.");
        }
        require(m, "status");
        require(m, "date");
        return new Audit(id, m.required("title"), m.oneOf("status", Audit.STATUSES).orElse(null),
                m.date("date").orElse(null), m.ref("lead").orElse(null), m.string("auditor").orElse(""), scope,
                m.ref("report").orElse(null), m.locatedKeys(m.idLocation()));
    }

    Nonconformity nonconformity(YamlMap m, String defaultId) {
        m.allowOnly(NONCONFORMITY_KEYS);
        String id = id(m, defaultId);
        require(m, "kind");
        require(m, "raised");
        Effectiveness effectiveness = m.map("effectiveness").map(e -> {
            e.allowOnly(EFFECTIVENESS_KEYS);
            return new Effectiveness(e.date("date").orElse(null), e.ref("by").orElse(null),
                    e.bool("effective").orElse(null), e.locatedKeys(e.location()));
        }).orElse(null);
        return new Nonconformity(id, m.required("title"), m.oneOf("kind", Nonconformity.KINDS).orElse(null),
                m.ref("source").orElse(null), m.date("raised").orElse(null), m.ref("owner").orElse(null),
                m.refs("controls"), m.refs("systems"), m.text("rootCause"), actions(m, id),
                m.oneOf("status", Nonconformity.STATUSES).orElse(m.has("status") ? null : "open"),
                m.date("closed").orElse(null), m.refs("evidence"), effectiveness, m.locatedKeys(m.idLocation()));
    }

    ManagementReview review(YamlMap m, String defaultId) {
        m.allowOnly(REVIEW_KEYS);
        String id = id(m, defaultId);
        require(m, "date");
        var date = m.date("date").orElse(null);
        Map<String, ReviewInput> inputs = new LinkedHashMap<>();
        m.map("inputs").ifPresent(in -> {
            in.allowOnly(ManagementReview.INPUTS.keySet());
            for (String key : ManagementReview.INPUTS.keySet()) {
                in.node(key).ifPresent(node -> inputs.put(key, input(in, key, node)));
            }
        });
        return new ManagementReview(id, m.string("title").orElse("Management review " + (date == null ? id : date)),
                date, m.ref("chair").orElse(null), m.refs("attendees"), m.ref("minutes").orElse(null), inputs,
                m.text("decisions"), actions(m, id), m.locatedKeys(m.idLocation()));
    }

    /** An input is Markdown text, a list of ids, or both: { text: ..., references: [...] }. */
    private ReviewInput input(YamlMap inputs, String key, Node node) {
        Location at = inputs.keyLocation(key);
        if (node instanceof SequenceNode) {
            return new ReviewInput(key, Text.EMPTY, inputs.refs(key), at);
        }
        if (node instanceof MappingNode) {
            return inputs.map(key).map(both -> {
                both.allowOnly(INPUT_KEYS);
                return new ReviewInput(key, both.text("text"), both.refs("references"), at);
            }).orElseThrow();
        }
        return new ReviewInput(key, inputs.text(key), List.of(), at);
    }

    /** The actions of a nonconformity or review; an action without an id gets PARENT-n, n counting from 1. */
    private List<Action> actions(YamlMap m, String parentId) {
        List<Action> actions = new ArrayList<>();
        List<YamlMap> written = m.maps("actions", "an action of " + parentId);
        for (int i = 0; i < written.size(); i++) {
            YamlMap a = written.get(i);
            a.allowOnly(ACTION_KEYS);
            require(a, "description");
            actions.add(new Action(a.string("id").orElse(parentId + "-" + (i + 1)), a.text("description"),
                    a.ref("owner").orElse(null), a.date("due").orElse(null), a.date("done").orElse(null),
                    a.locatedKeys(a.idLocation())));
        }
        return actions;
    }

    /** Reports a required key that is absent or empty; its value is read (and checked) by the typed getter. */
    private static void require(YamlMap m, String key) {
        if (!m.has(key)) {
            m.required(key);
        }
    }

    private static String id(YamlMap m, String defaultId) {
        return defaultId == null ? m.required("id") : m.string("id").orElse(defaultId);
    }
}
