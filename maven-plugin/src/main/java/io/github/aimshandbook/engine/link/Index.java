package io.github.aimshandbook.engine.link;

import io.github.aimshandbook.engine.model.Entity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every id of one handbook, catalog and content alike, to what it names, and the entries of each kind that own their
 * id: those a register lists (an entry whose id is invalid, or taken by an earlier entry, has no place there).
 * Immutable.
 */
public final class Index {

    private final Map<String, Target> targets;
    private final Map<String, Target> byId;
    private final Map<EntityKind, List<Entity>> owners;

    Index(Map<String, Target> targets, Map<EntityKind, List<Entity>> owners) {
        this.targets = Collections.unmodifiableMap(new TreeMap<>(targets));
        this.byId = Map.copyOf(targets); // hashed: every page looks ids up many times
        this.owners = Collections.unmodifiableMap(new EnumMap<>(owners));
    }

    /**
     * The entries of a kind that own their id, in the order they were read: a document, system, risk, evidence
     * record or role whose id is invalid or already taken is left out (its finding says why).
     *
     * @throws ClassCastException when {@code type} is not what the kind's entries are (a bug of the caller)
     */
    public <T extends Entity> List<T> entries(EntityKind kind, Class<T> type) {
        return owners.getOrDefault(kind, List.of()).stream().map(type::cast).toList();
    }

    public Optional<Target> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Target get(String id) {
        Target t = byId.get(id);
        if (t == null) {
            throw new IllegalArgumentException("No entity has the id " + id);
        }
        return t;
    }

    /** Ids of the given kinds, for "did you mean" hints. */
    public List<String> idsOf(Set<EntityKind> kinds) {
        return targets.values().stream().filter(t -> kinds.contains(t.kind())).map(Target::id).toList();
    }

    public List<Target> all() {
        return List.copyOf(targets.values());
    }
}
