package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.model.Action;

/** An action past its due date and not done, with the nonconformity or management review it belongs to. */
public record OverdueAction(Action action, String parentId, String parentKind) {
}
