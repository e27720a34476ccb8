package io.github.aimshandbook.engine.check;

import io.github.aimshandbook.engine.link.Handbook;
import io.github.aimshandbook.engine.model.Document;
import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.model.Risk;
import io.github.aimshandbook.engine.model.Role;
import io.github.aimshandbook.engine.model.SoaEntry;
import io.github.aimshandbook.engine.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw HTML in content that the sanitizer removes from the handbook, so that nothing an author (or a pasted vendor
 * model card) writes can run in an auditor's browser. Each such place is reported, so that nothing vanishes
 * unnoticed; raw HTML that the handbook keeps as it is ({@code <br>}, {@code <details>}, {@code <kbd>} ...) is not.
 */
final class RawHtmlCheck implements Check {

    @Override
    public void run(Handbook handbook, LocalDate today, Findings findings) {
        var content = handbook.content();
        List<Text> texts = new ArrayList<>();
        texts.add(content.manifest().scope());
        content.manifest().roles().stream().map(Role::responsibilities).forEach(texts::add);
        content.soa().entries().stream().map(SoaEntry::implementation).forEach(texts::add);
        content.risks().stream().map(Risk::description).forEach(texts::add);
        List<Location> places = new ArrayList<>();
        texts.forEach(t -> places.addAll(t.rawHtml()));
        content.documents().stream().map(Document::rawHtml).forEach(places::addAll);
        for (Location where : places) {
            findings.warning("raw-html-removed", where, "This raw HTML has tags or attributes that the handbook"
                    + " removes (script, style, event handlers, frames, forms and the like), so that part of the text"
                    + " will not show as written. Write it in Markdown or AsciiDoc, or keep to the HTML the handbook"
                    + " keeps (such as <br>, <details>, <summary>, <kbd>, <sup>), or set allowRawHtml"
                    + " (-Daims.allowRawHtml=true) if every author of this content is trusted.");
        }
    }
}
