package io.github.aimshandbook.engine.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Completes the cross-reference stream that PDFBox 3 writes when it saves with object streams: its {@code /Index}
 * covers every object but the stream itself, although the PDF specification (7.5.8) wants the stream listed too, so
 * {@code qpdf --check} warns that the reported number of objects is not one plus the highest object number. Saving
 * without object streams would avoid it but makes the handbook four times larger (its structure tree alone is tens
 * of thousands of small objects). This adds the missing entry and leaves every other byte as PDFBox wrote it; a file
 * of any other shape is returned unchanged.
 */
final class XrefStreamRepair {

    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern HEADER = Pattern.compile("\\A(\\d+) 0 obj\\s*<<(.*?)>>\\s*stream\\r?\\n",
            Pattern.DOTALL);
    private static final Pattern INDEX = Pattern.compile("/Index\\s*\\[\\s*0\\s+(\\d+)\\s*\\]");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d+)");
    private static final Pattern WIDTHS = Pattern.compile("/W\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]");

    private XrefStreamRepair() {
    }

    static byte[] repair(byte[] pdf) {
        // ISO-8859-1 maps every byte to one char, so string offsets are byte offsets
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher start = STARTXREF.matcher(text.substring(Math.max(0, text.length() - 64)));
        if (!start.find()) {
            return pdf;
        }
        int offset = Integer.parseInt(start.group(1));
        Matcher header = HEADER.matcher(text.substring(offset));
        if (!header.find()) {
            return pdf;
        }
        int number = Integer.parseInt(header.group(1));
        String dictionary = header.group(2);
        Matcher index = INDEX.matcher(dictionary);
        Matcher length = LENGTH.matcher(dictionary);
        Matcher widths = WIDTHS.matcher(dictionary);
        if (!dictionary.contains("/FlateDecode") || dictionary.contains("/DecodeParms") || !index.find()
                || !length.find() || !widths.find() || Integer.parseInt(index.group(1)) != number) {
            return pdf;
        }
        int typeWidth = Integer.parseInt(widths.group(1));
        int offsetWidth = Integer.parseInt(widths.group(2));
        int generationWidth = Integer.parseInt(widths.group(3));
        if (typeWidth != 1 || offsetWidth > 8 || (offsetWidth < 8 && offset >= 1L << (8 * offsetWidth))) {
            return pdf;
        }
        int dataStart = offset + header.end();
        byte[] entries = inflate(pdf, dataStart, Integer.parseInt(length.group(1)));
        if (entries == null || entries.length != number * (typeWidth + offsetWidth + generationWidth)) {
            return pdf;
        }
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        table.writeBytes(entries);
        table.write(1); // an object in use, at the offset of the stream's own "obj" line, generation 0
        for (int i = offsetWidth - 1; i >= 0; i--) {
            table.write((int) ((long) offset >>> (8 * i)) & 0xff);
        }
        table.writeBytes(new byte[generationWidth]);
        byte[] compressed = deflate(table.toByteArray());
        String repaired = dictionary.substring(0, index.start()) + "/Index [0 " + (number + 1) + "]"
                + dictionary.substring(index.end());
        repaired = LENGTH.matcher(repaired).replaceFirst("/Length " + compressed.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16);
        out.write(pdf, 0, offset);
        out.writeBytes((number + " 0 obj\n<<" + repaired + ">>\nstream\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(compressed);
        out.writeBytes(("\r\nendstream\nendobj\nstartxref\n" + offset + "\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] data, int from, int length) {
        if (from + length > data.length) {
            return null;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, from, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream(length * 4);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
