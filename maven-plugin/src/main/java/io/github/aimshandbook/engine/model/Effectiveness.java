package io.github.aimshandbook.engine.model;

import java.time.LocalDate;

/**
 * The review of whether a nonconformity's actions worked: when, by whom (a role), and the verdict ({@code effective}
 * null when not given).
 */
public record Effectiveness(LocalDate date, Ref by, Boolean effective, Keys keys) {

    public Location location() {
        return keys.entry();
    }
}
