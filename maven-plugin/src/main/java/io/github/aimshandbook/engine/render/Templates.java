package io.github.aimshandbook.engine.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.github.aimshandbook.engine.UserError;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The page templates and static assets: the user's overrides in the content's {@code templates/} folder first, then
 * the built-in theme. Freemarker escapes every value as HTML; templates cannot create Java objects or reach the
 * Java API. Thread-safe once built, as Freemarker's {@link Configuration} is.
 */
public final class Templates {

    static final String THEME = "io/github/aimshandbook/templates/";

    private final Configuration configuration;
    private final ContentTree tree;
    private final String folder;

    /** The overrides are the files under {@code folder} of the content {@code tree} ("templates"; "" for its root). */
    public Templates(ContentTree tree, String folder) {
        this.tree = tree;
        this.folder = folder;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {new OverrideLoader(),
            new ClassTemplateLoader(Templates.class.getClassLoader(), THEME)}));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        this.configuration = cfg;
    }

    /**
     * Renders a page template with its typed model (a record, whose components the template sees by name).
     *
     * @throws UserError when a template override of the content does not parse or fails: the user's to fix
     * @throws RenderException when a built-in template fails: a bug of the plugin
     */
    public String render(String templateName, Record model) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (ParseException e) {
            throw broken(templateName, e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
                    "Freemarker cannot parse it: " + oneLine(e.getEditorMessage()), e);
        } catch (TemplateException e) {
            throw broken(templateName, e.getTemplateSourceName(), nonNull(e.getLineNumber()),
                    nonNull(e.getColumnNumber()), "Freemarker stopped: " + oneLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new RenderException("Cannot read the page template " + templateName + ": " + e.getMessage(), e);
        }
    }

    /** The user's error when an override is to blame, else the plugin's. */
    private RuntimeException broken(String templateName, String source, int line, int column, String detail,
            Exception cause) {
        String hint = "Fix the template, or delete it to use the built-in one.";
        if (source != null && isOverride(source)) {
            return UserError.content("The template override " + source + " is broken",
                    new Location(overridesFolder() + source, Math.max(line, 0), Math.max(column, 0)), detail, hint,
                    cause);
        }
        if (isOverride(templateName)) {
            return UserError.content("The template override " + templateName + " is broken", Location.of(
                    overridesFolder() + templateName), detail + " (in the built-in " + source + ", line " + line
                    + ", which the override uses)", hint, cause);
        }
        return new RenderException("The built-in page template " + (source == null ? templateName : source)
                + " failed at line " + line + ": " + detail, cause);
    }

    private boolean isOverride(String name) {
        return override(name).isPresent();
    }

    /** The user's file for {@code name}, read through the content tree, so only a file of the content. */
    private Optional<ContentTree.Entry> override(String name) {
        return tree.resolve(folder, name);
    }

    /** Locations are relative to the content folder, whose {@code templates/} holds the overrides. */
    private String overridesFolder() {
        return folder.isEmpty() ? "" : folder + "/";
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static int nonNull(Integer n) {
        return n == null ? 0 : n;
    }

    /** A static asset (stylesheet, script, font): the user's override, or the theme's. */
    public Optional<byte[]> asset(String name) {
        try {
            Optional<ContentTree.Entry> file = override(name);
            if (file.isPresent()) {
                return Optional.of(tree.read(file.get().path()));
            }
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(THEME + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the theme file " + name, e);
        }
    }

    /** Serves Freemarker the overrides from the content tree. */
    private final class OverrideLoader implements TemplateLoader {

        @Override
        public Object findTemplateSource(String name) {
            return override(name).orElse(null);
        }

        @Override
        public long getLastModified(Object source) {
            return ((ContentTree.Entry) source).modifiedNanos() / 1_000_000;
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            return new InputStreamReader(new ByteArrayInputStream(tree.read(((ContentTree.Entry) source).path())),
                    encoding);
        }

        @Override
        public void closeTemplateSource(Object source) {
            // nothing is held open: the bytes are read whole
        }
    }
}
