package io.github.aimshandbook.engine.link;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Every id of one handbook, catalog and content alike, to what it names. Immutable. */
public final class Index {

    private final Map<String, Target> targets;
    private final Map<String, Target> byId;

    Index(Map<String, Target> targets) {
        this.targets = Collections.unmodifiableMap(new TreeMap<>(targets));
        this.byId = Map.copyOf(targets); // hashed: every page looks ids up many times
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
