package io.github.aimshandbook.maven;

import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.UserError;
import java.io.File;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that write into the build's output folder and pass or fail the build. */
abstract class BuildParameters extends ReadParameters {

    /**
     * Where the handbook and aims-report.json are written.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.outputDirectory", defaultValue = "${project.build.directory}/aims")
    File outputDirectory;

    /**
     * Fail the build when the checks find errors. False writes the handbook anyway.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.failOnError", defaultValue = "true")
    boolean failOnError;

    /**
     * Fail the build when the checks find warnings (gaps, overdue reviews, unknown keys...).
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /**
     * The formats of the handbook that aims:handbook writes: html, pdf, or both separated by a comma.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.formats", defaultValue = "html,pdf")
    String formats;

    /**
     * Run even when nothing changed since the last run. Without it, a run whose content folder (template overrides
     * included), plugin and options are the same as the last run's, and whose output is still in place, only
     * repeats the last run's findings and verdict.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aims.force", defaultValue = "false")
    boolean force;

    /** The engine's settings; {@code render} false checks only. */
    Options options(boolean render) {
        Set<String> chosen = formats();
        return options(outputDirectory).render(render).writeWithErrors(!failOnError).html(chosen.contains("html"))
                .pdf(chosen.contains("pdf")).build();
    }

    private Set<String> formats() {
        Set<String> chosen = new TreeSet<>();
        for (String f : (formats == null ? "" : formats).split(",")) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (format.equals("html") || format.equals("pdf")) {
                chosen.add(format);
            } else if (!format.isEmpty()) {
                throw UserError.configuration("Unknown format of the handbook", "formats", "'" + f.strip()
                        + "' is not a format of the handbook.", "Use html, pdf, or html,pdf.");
            }
        }
        if (chosen.isEmpty()) {
            throw UserError.configuration("No format of the handbook is chosen", "formats", "formats is empty.",
                    "Use html, pdf, or html,pdf.");
        }
        return chosen;
    }
}
