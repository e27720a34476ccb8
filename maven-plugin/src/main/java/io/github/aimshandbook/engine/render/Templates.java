package io.github.aimshandbook.engine.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    private final Path overrides;

    public Templates(Path overrides) {
        this.overrides = overrides;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (overrides != null && Files.isDirectory(overrides)) {
                loaders.add(new FileTemplateLoader(overrides.toFile()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template folder " + overrides, e);
        }
        loaders.add(new ClassTemplateLoader(Templates.class.getClassLoader(), THEME));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
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

    /** Renders a page template with its typed model (a record, whose components the template sees by name). */
    public String render(String templateName, Record model) {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new RenderException("The page template " + templateName + " failed at line " + e.getLineNumber()
                    + ": " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new RenderException("Cannot read the page template " + templateName + ": " + e.getMessage(), e);
        }
    }

    /** A static asset (stylesheet, script, font): the user's override, or the theme's. */
    public Optional<byte[]> asset(String name) {
        try {
            if (overrides != null) {
                Path file = overrides.resolve(name).normalize();
                // a symbolic link out of the content would publish a file of the build machine
                if (file.startsWith(overrides) && Files.isRegularFile(file)
                        && file.toRealPath().startsWith(overrides.toRealPath())) {
                    return Optional.of(Files.readAllBytes(file));
                }
            }
            try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(THEME + name)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the theme file " + name, e);
        }
    }
}
