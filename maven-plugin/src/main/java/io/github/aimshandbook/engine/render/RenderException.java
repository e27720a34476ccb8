package io.github.aimshandbook.engine.render;

/** A page could not be rendered: a broken template (often a user's override), not bad content. */
public final class RenderException extends RuntimeException {

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
