package io.github.aimshandbook.engine.render;

import freemarker.core.Environment;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * What a web page's template sees, as the template reference promises to template overrides: {@code site},
 * {@code page}, the shared questions ({@code reviews}: due dates and periods; {@code references}: who refers to
 * whom; {@code auditTrail}: the audits and nonconformities that concern an entry; {@code filters}: the choices of a register's filter; {@code text}: Markdown written in YAML, rendered for
 * this page), and the components of the page's typed {@code view} record by their names ({@code document} and
 * {@code body} on a document's page, {@code c} on a control's, {@code risks} on the risk register).
 */
public record PageModel(SiteInfo site, PageContext page, Reviews reviews, References references,
        AuditTrail auditTrail, MarkdownText text, Record view) implements TemplateHashModel {

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        var wrapper = Environment.getCurrentEnvironment().getObjectWrapper();
        return switch (key) {
            case "site" -> wrapper.wrap(site);
            case "page" -> wrapper.wrap(page);
            case "reviews" -> wrapper.wrap(reviews);
            case "references" -> wrapper.wrap(references);
            case "auditTrail" -> wrapper.wrap(auditTrail);
            case "filters" -> wrapper.wrap(FilterValues.INSTANCE);
            case "text" -> wrapper.wrap(text);
            default -> ((TemplateHashModel) wrapper.wrap(view)).get(key);
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
