package io.github.aimshandbook.engine.markup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Which SVG the handbook publishes. An SVG file opened on its own is a document of the handbook's origin: its script
 * runs there, out of reach of the pages' Content-Security-Policy. So every SVG is rewritten from a strict safelist
 * of drawing elements and attributes: no script, no event handler, no {@code foreignObject} (HTML inside), no
 * animation (it can set a link to {@code javascript:}), no reference to another file or site except links a reader
 * follows, no style that loads anything. Elements and attributes of other namespaces (an editor's own data, such as
 * Inkscape's) are not drawn by browsers and are dropped without a word; everything else that is dropped is listed
 * with its line, for a finding. The XML is read without DTDs and external entities, so a file cannot make the build
 * read other files. The same bytes give the same output. Thread-safe: nothing is shared between calls.
 */
public final class SafeSvg {

    public static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    /** The drawing elements of SVG 1.1 and 2 that run nothing and load nothing by themselves. */
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "symbol", "use", "switch", "title", "desc",
            "a", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "textPath",
            "image", "marker", "pattern", "clipPath", "mask", "linearGradient", "radialGradient", "stop", "filter",
            "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
            "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA",
            "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology",
            "feOffset", "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "style",
            "view");

    /** Geometry, presentation and text attributes; none of them takes script, and URL values are checked. */
    private static final Set<String> ATTRIBUTES = Set.of("id", "class", "style", "transform", "x", "y", "x1", "y1",
            "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "width", "height", "d", "points", "viewBox",
            "preserveAspectRatio", "version", "baseProfile", "fill", "fill-opacity", "fill-rule", "stroke",
            "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "stroke-dasharray",
            "stroke-dashoffset", "stroke-miterlimit", "opacity", "color", "display", "visibility", "overflow",
            "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch", "text-anchor",
            "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing",
            "text-decoration", "writing-mode", "direction", "unicode-bidi", "dx", "dy", "rotate", "textLength",
            "lengthAdjust", "startOffset", "method", "spacing", "side", "offset", "stop-color", "stop-opacity",
            "gradientUnits", "gradientTransform", "spreadMethod", "patternUnits", "patternContentUnits",
            "patternTransform", "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits",
            "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY",
            "orient", "filter", "filterUnits", "primitiveUnits", "in", "in2", "result", "stdDeviation", "mode",
            "operator", "k1", "k2", "k3", "k4", "type", "values", "tableValues", "slope", "intercept", "amplitude",
            "exponent", "flood-color", "flood-opacity", "lighting-color", "radius", "scale", "xChannelSelector",
            "yChannelSelector", "baseFrequency", "numOctaves", "seed", "stitchTiles", "order", "kernelMatrix",
            "divisor", "bias", "targetX", "targetY", "edgeMode", "kernelUnitLength", "preserveAlpha", "surfaceScale",
            "diffuseConstant", "specularConstant", "specularExponent", "azimuth", "elevation", "pointsAtX",
            "pointsAtY", "pointsAtZ", "limitingConeAngle", "z", "pathLength", "vector-effect", "paint-order",
            "shape-rendering", "text-rendering", "image-rendering", "color-interpolation",
            "color-interpolation-filters", "mix-blend-mode", "isolation", "enable-background", "lang", "role",
            "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "aria-roledescription", "focusable",
            "media", "href", "pointer-events", "cursor", "systemLanguage", "text-overflow", "white-space");

    /** Schemes of links a reader follows from an SVG's {@code <a>}; everything else (javascript:, data:) goes. */
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Pattern RASTER_DATA = Pattern.compile("^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/="
            + "\\s]*$");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private SafeSvg() {
    }

    /** Something dropped from the file, at the line and column where it was written. */
    public record Removed(int line, int column, String what) {
    }

    /**
     * The safe file, or why there is none: {@code svg} null and {@code problem} (with its line and column) when the
     * file is not well-formed XML or not an SVG image.
     */
    public record Outcome(byte[] svg, List<Removed> removed, String problem, int line, int column) {

        public Outcome {
            removed = List.copyOf(removed);
        }

        public boolean refused() {
            return svg == null;
        }
    }

    public static Outcome clean(byte[] file) {
        XMLInputFactory in = XMLInputFactory.newDefaultFactory();
        in.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        in.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        in.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        in.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<Removed> removed = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(file.length);
        XMLStreamReader reader = null;
        try {
            reader = in.createXMLStreamReader(new ByteArrayInputStream(file));
            XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            new Copy(reader, writer, removed).run();
            writer.close();
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*"
                    + "Message: ", "").strip();
            return new Outcome(null, removed, message, at == null ? 0 : Math.max(at.getLineNumber(), 0),
                    at == null ? 0 : Math.max(at.getColumnNumber(), 0));
        } catch (NotSvg e) {
            return new Outcome(null, removed, e.getMessage(), e.line, e.column);
        } finally {
            close(reader);
        }
        return new Outcome(bytes.toByteArray(), removed, null, 0, 0);
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing was held open but the array the file was read from
            }
        }
    }

    private static final class NotSvg extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        NotSvg(String message, Location at) {
            super(message);
            this.line = at.getLineNumber();
            this.column = at.getColumnNumber();
        }
    }

    /** One pass from the reader to the writer; the stack holds, per open element, whether it is written. */
    private static final class Copy {
        private final XMLStreamReader reader;
        private final XMLStreamWriter writer;
        private final List<Removed> removed;
        private final Deque<Boolean> open = new ArrayDeque<>();
        private boolean root = true;
        private int skipping;
        private StringBuilder style;
        private Location styleAt;

        Copy(XMLStreamReader reader, XMLStreamWriter writer, List<Removed> removed) {
            this.reader = reader;
            this.writer = writer;
            this.removed = removed;
        }

        void run() throws XMLStreamException {
            writer.writeStartDocument("UTF-8", "1.0");
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.END_ELEMENT -> end();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        if ("xml-stylesheet".equalsIgnoreCase(reader.getPITarget())) {
                            remove(reader.getLocation(), "the stylesheet instruction <?xml-stylesheet?>");
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> remove(reader.getLocation(), "the entity &"
                            + reader.getLocalName() + ";");
                    default -> {
                        // comments, the DOCTYPE: not drawn
                    }
                }
            }
            writer.writeEndDocument();
        }

        private void start() throws XMLStreamException {
            String ns = reader.getNamespaceURI();
            String name = reader.getLocalName();
            Location at = reader.getLocation();
            if (root) {
                root = false;
                if (!SVG_NS.equals(ns) || !name.equals("svg")) {
                    throw new NotSvg("The file is not an SVG image: its first element is <" + name + ">"
                            + (ns == null ? " without a namespace" : " of the namespace " + ns) + ", where <svg"
                            + " xmlns=\"" + SVG_NS + "\"> was expected.", at);
                }
            }
            if (skipping > 0) {
                skipping++;
                return;
            }
            if (!SVG_NS.equals(ns) || !ELEMENTS.contains(name)) {
                skipping = 1;
                // <metadata> and other namespaces' elements (an editor's, RDF) are never drawn: nothing is lost
                if (SVG_NS.equals(ns) && !name.equals("metadata") || "http://www.w3.org/1999/xhtml".equals(ns)) {
                    remove(at, "the element <" + name + ">");
                }
                return;
            }
            writer.writeStartElement("", name, SVG_NS);
            if (open.isEmpty()) {
                writer.writeDefaultNamespace(SVG_NS);
            }
            open.push(Boolean.TRUE);
            attributes(name, at);
            if (name.equals("style")) {
                style = new StringBuilder();
                styleAt = at;
            }
        }

        private void attributes(String element, Location at) throws XMLStreamException {
            boolean xlinkDeclared = false;
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String ns = reader.getAttributeNamespace(i);
                String name = reader.getAttributeLocalName(i);
                String value = reader.getAttributeValue(i);
                if (XLINK_NS.equals(ns) && name.equals("href")) {
                    if (safeReference(element, value, at, "xlink:href")) {
                        if (!xlinkDeclared) {
                            writer.writeNamespace("xlink", XLINK_NS);
                            xlinkDeclared = true;
                        }
                        writer.writeAttribute("xlink", XLINK_NS, "href", value);
                    }
                    continue;
                }
                if (XMLConstants.XML_NS_URI.equals(ns) && (name.equals("space") || name.equals("lang"))) {
                    writer.writeAttribute("xml", XMLConstants.XML_NS_URI, name, value);
                    continue;
                }
                if (ns != null && !ns.isEmpty()) {
                    continue; // an editor's own attribute (inkscape:label): browsers ignore it
                }
                if (!ATTRIBUTES.contains(name)) {
                    remove(at, "the attribute " + name + "= of <" + element + ">");
                    continue;
                }
                if (name.equals("href") ? !safeReference(element, value, at, "href")
                        : !safeStyle(value, at, "the attribute " + name + "= of <" + element + ">")) {
                    continue;
                }
                writer.writeAttribute(name, value);
            }
        }

        /**
         * A link a reader follows (only from {@code <a>}: web, mail, relative), a raster image embedded as data (only
         * in {@code <image>}), or else a reference to an element of the same file ({@code #id}).
         */
        private boolean safeReference(String element, String value, Location at, String attribute) {
            String compact = value.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
            boolean safe;
            if (compact.startsWith("#")) {
                safe = true;
            } else if (element.equals("a")) {
                Matcher scheme = SCHEME.matcher(compact.toLowerCase(Locale.ROOT));
                safe = !scheme.find() ? !compact.startsWith("//") : LINK_SCHEMES.contains(scheme.group(1));
            } else {
                safe = element.equals("image") && RASTER_DATA.matcher(compact).matches();
            }
            if (!safe) {
                remove(at, "the reference " + attribute + "=\"" + shorten(value) + "\" of <" + element + ">");
            }
            return safe;
        }

        /** CSS that loads nothing: no {@code @import}, no {@code url()} but {@code url(#id)}, no escapes. */
        private boolean safeStyle(String css, Location at, String what) {
            String lower = css.toLowerCase(Locale.ROOT);
            boolean safe = !lower.contains("@import") && !lower.contains("\\") && !lower.contains("expression(")
                    && !lower.contains("javascript:") && !lower.contains("-moz-binding")
                    && !lower.contains("behavior");
            Matcher url = CSS_URL.matcher(css);
            while (safe && url.find()) {
                safe = url.group(2).strip().startsWith("#");
            }
            if (safe && lower.replaceAll("url\\(\\s*['\"]?\\s*#", "").contains("url(")) {
                safe = false; // an unclosed url( that a browser would still read to the end of the text
            }
            if (!safe) {
                remove(at, what + " (it loads a file or holds CSS escapes)");
            }
            return safe;
        }

        private void end() throws XMLStreamException {
            if (skipping > 0) {
                skipping--;
                return;
            }
            open.pop();
            if (style != null) {
                if (safeStyle(style.toString(), styleAt, "the content of <style>")) {
                    writer.writeCharacters(style.toString());
                }
                style = null;
            }
            writer.writeEndElement();
        }

        private void text() throws XMLStreamException {
            if (skipping > 0 || open.isEmpty()) {
                return;
            }
            if (style != null) {
                style.append(reader.getText());
            } else {
                writer.writeCharacters(reader.getText());
            }
        }

        private void remove(Location at, String what) {
            removed.add(new Removed(Math.max(at.getLineNumber(), 1), Math.max(at.getColumnNumber(), 1), what));
        }
    }

    private static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
