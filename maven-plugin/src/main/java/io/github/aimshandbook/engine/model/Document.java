package io.github.aimshandbook.engine.model;

import java.util.List;

/**
 * A narrative document: policy, procedure, model card, impact assessment, record or other. {@code body} is the
 * markup after the front matter; {@code bodyLine} is the file line its first line stands on. {@code references}
 * are the in-text links to ids ({@code [[ID]]}, {@code ref:ID[]}), {@code fileLinks} the relative links and images
 * (a link to a place in the body itself has the empty path), {@code rawHtml} where the text holds raw HTML (removed
 * when rendered, unless the build allows it), {@code ids} the ids of the body that links can lead to.
 * {@code markdownTree} is the body as the load stage parsed it (Markdown only, else null), so that it is parsed once
 * per build; it is only ever read, never changed, after loading.
 */
public record Document(
        String id,
        String path,
        DocumentFormat format,
        String title,
        String type,
        Ref owner,
        String version,
        String status,
        Approval approved,
        Review review,
        List<Ref> controls,
        List<Ref> clauses,
        List<Ref> systems,
        String body,
        int bodyLine,
        List<Ref> references,
        List<FileLink> fileLinks,
        List<Location> rawHtml,
        BodyIds ids,
        com.vladsch.flexmark.util.ast.Document markdownTree,
        Location location) implements Entity, Owned {

    public Document {
        controls = List.copyOf(controls);
        clauses = List.copyOf(clauses);
        systems = List.copyOf(systems);
        references = List.copyOf(references);
        fileLinks = List.copyOf(fileLinks);
        rawHtml = List.copyOf(rawHtml);
    }

    /**
     * Why the document is never evidence (contract 1.1, "Honest readiness"): "draft", "retired" or "of type other";
     * empty when it counts. A draft or a template full of blanks proves nothing to an auditor.
     */
    public java.util.Optional<String> notCountedBecause() {
        if ("draft".equals(status) || "retired".equals(status)) {
            return java.util.Optional.of(status);
        }
        return "other".equals(type) ? java.util.Optional.of("of type other") : java.util.Optional.empty();
    }

    /** Records prove that something was done; every other type describes how it is done. */
    public boolean isRecord() {
        return "record".equals(type);
    }
}
