package io.github.aimshandbook.engine.render;

import io.github.aimshandbook.engine.check.Assessment;
import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Manifest;
import java.util.List;

/**
 * What every page shows of the handbook: organization, title, version, classification, date, the sections, and the
 * link back to an enclosing site ({@code backLink}, null when the handbook stands alone).
 */
public record SiteInfo(Manifest manifest, String date, String generator, String standard, List<Section> sections,
        BackLink backLink) {

    /** A navigation section: its key, its label and its page. */
    public record Section(String key, String label, String href) {
    }

    static SiteInfo of(Handbook handbook, Assessment assessment, Generator generator, BackLink backLink) {
        return new SiteInfo(handbook.content().manifest(), assessment.today().toString(),
                generator.name() + " " + generator.version(), handbook.catalog().designation(),
                PageKinds.ALL.stream().map(k -> new Section(k.key(), k.label(), k.path())).toList(), backLink);
    }
}
