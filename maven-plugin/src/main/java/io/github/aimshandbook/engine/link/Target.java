package io.github.aimshandbook.engine.link;

import io.github.aimshandbook.engine.model.Location;

/**
 * Something an id resolves to: its kind, the title a link shows, the page (relative to the handbook root, with an
 * optional {@code #anchor}) and where it was defined ({@code null} for catalog items).
 */
public record Target(String id, EntityKind kind, String title, String href, Location definedAt) {
}
