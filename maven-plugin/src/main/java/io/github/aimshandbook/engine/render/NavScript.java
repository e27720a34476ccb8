package io.github.aimshandbook.engine.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The full page tree of the sidebar, {@code assets/nav.js}: every page of every section, written once. Each page's own
 * sidebar lists only the sections and the page itself; the script expands it into the whole tree. Listing every page
 * on every page would make the handbook grow with the square of its pages; this way it grows linearly, and without
 * script the sidebar and the registers still reach every page.
 */
final class NavScript {

    static final String PATH = "assets/nav.js";
    private static final JsonFactory JSON = new JsonFactory();

    private NavScript() {
    }

    static byte[] script(List<SitePlan.Page> pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write("window.AIMS_NAV = ".getBytes(StandardCharsets.UTF_8));
            try (JsonGenerator json = JSON.createGenerator(out)) {
                json.setHighestNonEscapedChar(0x7e);
                json.writeStartArray();
                for (SitePlan.Page p : pages) {
                    json.writeStartArray();
                    json.writeString(p.section());
                    json.writeString(p.path());
                    json.writeString(p.title());
                    json.writeEndArray();
                }
                json.writeEndArray();
            }
            out.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
