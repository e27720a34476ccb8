package io.github.aimshandbook.engine.model;

import java.time.LocalDate;

/** Who approved something (a role) and when; either part may be missing in draft content. */
public record Approval(Ref by, LocalDate date) {
}
