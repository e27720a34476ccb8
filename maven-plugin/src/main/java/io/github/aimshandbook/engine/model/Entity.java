package io.github.aimshandbook.engine.model;

/**
 * An entry with an id of its own: what the link stage's index names (its id, the title a link to it shows, where it
 * was written) and what its section's register lists. Documents, AI systems, risks, evidence records and roles of
 * the content implement it, and so do the catalog's controls and clauses, whose {@link #location()} is null: the
 * standard defines them, no file of the content does.
 */
public interface Entity {

    String id();

    String title();

    /** Where the entry was written; null for an entry of the catalog. */
    Location location();
}
