package io.github.aimshandbook.engine.render;

import freemarker.core.Environment;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * What a web page's template sees: {@code site}, {@code page}, {@code v}, and the components of the page's typed
 * {@code view} record by their names ({@code document} and {@code body} on a document's page, {@code c} on a
 * control's), as the template reference promises to template overrides. {@code view} is null on register pages.
 */
public record PageModel(SiteInfo site, PageContext page, Views v, Record view) implements TemplateHashModel {

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        var wrapper = Environment.getCurrentEnvironment().getObjectWrapper();
        return switch (key) {
            case "site" -> wrapper.wrap(site);
            case "page" -> wrapper.wrap(page);
            case "v" -> wrapper.wrap(v);
            default -> view == null ? null : ((TemplateHashModel) wrapper.wrap(view)).get(key);
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
