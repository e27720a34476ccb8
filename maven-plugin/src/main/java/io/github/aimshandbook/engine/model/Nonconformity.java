package io.github.aimshandbook.engine.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A nonconformity (or observation, or opportunity for improvement) and what was done about it (clause 10.2).
 * {@code source} is where it came from: the id of an audit, management review, document or evidence record, or a
 * word such as {@code complaint} (the link stage tells which); null when not given. {@code effectiveness} is null
 * until the actions' effect has been reviewed. {@code kind} and {@code status} are null when not valid.
 */
public record Nonconformity(
        String id,
        String title,
        String kind,
        Ref source,
        LocalDate raised,
        Ref owner,
        List<Ref> controls,
        List<Ref> systems,
        Text rootCause,
        List<Action> actions,
        String status,
        LocalDate closed,
        List<Ref> evidence,
        Effectiveness effectiveness,
        Keys keys) implements Entity {

    public static final List<String> KINDS = List.of("major", "minor", "observation", "improvement");
    public static final List<String> STATUSES = List.of("open", "in-progress", "closed");

    public Nonconformity {
        controls = List.copyOf(controls);
        systems = List.copyOf(systems);
        actions = List.copyOf(actions);
        evidence = List.copyOf(evidence);
    }

    @Override
    public Location location() {
        return keys.entry();
    }

    /** Open or in progress; an entry whose status is missing or not valid counts as open. */
    public boolean isOpen() {
        return !"closed".equals(status);
    }

    /** An open major nonconformity takes {@code current} away from its controls (contract 1.1). */
    public boolean isOpenMajor() {
        return isOpen() && "major".equals(kind);
    }
}
