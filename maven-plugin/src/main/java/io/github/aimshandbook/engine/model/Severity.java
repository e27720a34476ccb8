package io.github.aimshandbook.engine.model;

import java.util.Locale;

/** How bad a finding is: errors fail the build, warnings show what the AIMS still lacks. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
