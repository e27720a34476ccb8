package io.github.aimshandbook.engine.model;

/** An entry that names the role accountable for it ({@code owner:}); null when none is written. */
public interface Owned {

    Ref owner();
}
