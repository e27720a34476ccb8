package io.github.aimshandbook.engine.model;

/** An Annex A control of the catalog. */
public record Control(String id, String title, String area, String group, String summary) implements Entity {

    /** Null: the standard defines the control, no file of the content does. */
    @Override
    public Location location() {
        return null;
    }
}
