package io.github.aimshandbook.engine.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one run. Stages add to it as they go; {@link #sorted()} gives them in reading order.
 * Thread-safe, so that parallel stages can report into one collector.
 */
public final class Findings {

    private final List<Finding> list = new ArrayList<>();

    public synchronized void add(Finding finding) {
        list.add(finding);
    }

    public void error(String code, Location where, String message) {
        add(new Finding(Severity.ERROR, code, message, where));
    }

    public void warning(String code, Location where, String message) {
        add(new Finding(Severity.WARNING, code, message, where));
    }

    public void info(String code, Location where, String message) {
        add(new Finding(Severity.INFO, code, message, where));
    }

    public synchronized List<Finding> sorted() {
        List<Finding> copy = new ArrayList<>(list);
        copy.sort(Finding.READING_ORDER);
        return List.copyOf(copy);
    }

    public synchronized long count(Severity severity) {
        return list.stream().filter(f -> f.severity() == severity).count();
    }
}
