package io.github.aimshandbook.engine;

import io.github.aimshandbook.engine.model.Location;
import java.util.Objects;

/**
 * A problem the user can fix and that stops the run: a setting that cannot work (an unknown format, an output folder
 * inside the content), or content that cannot be used at all (a template override that does not parse). Everything
 * else that escapes the engine is a bug of the plugin. It says what is wrong ({@code title}), where ({@code
 * location}: a parameter of the goal, or a file of the content with line and column), what was found ({@code
 * detail}) and what to do ({@code hint}), in one line, as findings are written.
 *
 * <p>The exception of a library that found the problem (Freemarker's, for a template) is kept as suppressed rather
 * than as the cause: Maven joins the messages of every cause into its one error line, which would repeat the problem
 * in the library's words; {@code mvn -e} still prints it with its stack trace.
 */
public final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String title;
    private final String parameter;
    private final transient Location location;
    private final String detail;
    private final String hint;
    private final String contentPrefix;

    private UserError(String title, String parameter, Location location, String detail, String hint,
            String contentPrefix, Throwable found) {
        super(title);
        this.title = Objects.requireNonNull(title);
        this.parameter = parameter;
        this.location = location;
        this.detail = Objects.requireNonNull(detail);
        this.hint = Objects.requireNonNull(hint);
        this.contentPrefix = contentPrefix;
        if (found != null) {
            addSuppressed(found);
        }
    }

    /** A setting of the goal that cannot work; {@code parameter} is its name, e.g. {@code formats}. */
    public static UserError configuration(String title, String parameter, String detail, String hint) {
        return new UserError(title, Objects.requireNonNull(parameter), null, detail, hint, "", null);
    }

    /**
     * Content that stops the run; {@code location} is relative to the content folder, as findings' are;
     * {@code found} is the library's exception that found it, or null.
     */
    public static UserError content(String title, Location location, String detail, String hint, Throwable found) {
        return new UserError(title, null, Objects.requireNonNull(location), detail, hint, "", found);
    }

    /** The same error, its file shown as seen from the project folder: {@code contentPrefix} is e.g. "src/aims/". */
    public UserError seenFrom(String contentPrefix) {
        UserError seen = new UserError(title, parameter, location, detail, hint, contentPrefix, null);
        for (Throwable found : getSuppressed()) {
            seen.addSuppressed(found);
        }
        seen.setStackTrace(getStackTrace());
        return seen;
    }

    public String title() {
        return title;
    }

    /** The goal's parameter at fault, or null when the problem is in a file. */
    public String parameter() {
        return parameter;
    }

    /** The file of the content at fault (relative to the content folder), or null for a parameter. */
    public Location location() {
        return location;
    }

    public String detail() {
        return detail;
    }

    public String hint() {
        return hint;
    }

    /**
     * The line the user reads: "TITLE (WHERE): DETAIL HINT". A file is shown as {@code contentPrefix} + its path
     * (the mojo passes "src/aims/"), so that editors and CI can jump to it as they do for findings; a parameter is
     * shown with its user property, e.g. {@code formats (-Daims.formats)}.
     */
    public String describe(String contentPrefix) {
        String where;
        if (parameter != null) {
            where = "parameter " + parameter + ", -Daims." + parameter;
        } else {
            where = contentPrefix + location.file()
                    + (location.line() > 0 ? ":" + location.line() + ":" + location.column() : "");
        }
        return title + " (" + where + "): " + detail + " " + hint;
    }

    @Override
    public String getMessage() {
        return describe(contentPrefix);
    }
}
