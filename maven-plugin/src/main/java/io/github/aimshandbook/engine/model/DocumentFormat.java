package io.github.aimshandbook.engine.model;

/** The markup a narrative document is written in. */
public enum DocumentFormat {
    MARKDOWN, ASCIIDOC
}
