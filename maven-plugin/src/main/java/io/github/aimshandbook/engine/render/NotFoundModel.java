package io.github.aimshandbook.engine.render;

/**
 * What {@code 404.ftlh} sees: the theme's stylesheet inline ({@code css}) and its hash for the page's
 * Content-Security-Policy ({@code cssHash}), as the page is served at any address and may load nothing relative.
 */
public record NotFoundModel(SiteInfo site, PageContext page, String css, String cssHash) {
}
