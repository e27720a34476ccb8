package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.IdOrder;
import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.check.ControlStatus;
import io.github.aimshandbook.engine.link.EntityKind;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Ref;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who refers to whom, as the pages show it: the "referenced by" list of an entry, the controls a document or record
 * stands behind, why a document that names a control is not counted, and lists of references in the order people
 * read ids. Immutable.
 */
public final class References {

    private final Handbook handbook;
    private final List<ControlStatus> controls;
    private final Map<String, Document> documents = new HashMap<>();

    References(Handbook handbook, Assessment assessment) {
        this.handbook = handbook;
        this.controls = List.copyOf(assessment.controls().values());
        handbook.index().entries(EntityKind.DOCUMENT, Document.class).forEach(d -> documents.put(d.id(), d));
    }

    /** Ids that refer to {@code id}, in the order people read ids. */
    public List<String> referencedBy(String id) {
        // only ids the handbook has a page or an anchor for: a link must never lead to a page that is not written
        return handbook.referencesTo(id).stream()
                .filter(from -> handbook.index().find(from).map(t -> PageKinds.lists(t.kind())).orElse(false))
                .sorted(IdOrder.NATURAL).toList();
    }

    /** References as written in a list ({@code clauses:}, {@code controls:}), in the order people read ids. */
    public List<Ref> inOrder(List<Ref> refs) {
        return refs.stream().sorted(Comparator.comparing(Ref::id, IdOrder.NATURAL)).toList();
    }

    /**
     * The controls a document or record stands behind, whether its own {@code controls:} names them or the SoA cites
     * it, counted or not, in catalog order: a document cited only from soa.yaml still shows its controls.
     */
    public List<String> controlsOf(String id) {
        return controls.stream().filter(c -> c.trace().evidence().contains(id) || c.trace().notCounted().contains(id))
                .map(c -> c.control().id()).toList();
    }

    /** The controls whose evidence includes the id (a document or an evidence record), in catalog order. */
    public List<String> controlsEvidencedBy(String id) {
        return controls.stream().filter(c -> c.trace().evidence().contains(id)).map(c -> c.control().id()).toList();
    }

    /**
     * Why a document that names a control is not counted as its evidence, in the words a badge shows: its status
     * ("draft", "retired") or "type other".
     */
    public String notCounted(String documentId) {
        Document d = documents.get(documentId);
        return d != null && ("draft".equals(d.status()) || "retired".equals(d.status())) ? d.status() : "type other";
    }
}
