package io.github.aimshandbook.engine.load;

import io.github.aimshandbook.engine.model.Findings;
import io.github.aimshandbook.engine.model.Location;
import io.github.aimshandbook.engine.tree.ContentTree;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reads content files, through the content tree, as strict UTF-8, reporting the line of the first byte that is not. */
final class SourceReader {

    private final ContentTree tree;
    private final Findings findings;

    SourceReader(ContentTree tree, Findings findings) {
        this.tree = tree;
        this.findings = findings;
    }

    /** Text files larger than this are refused: no AIMS document is that long, and parsing it would take ages. */
    static final long MAX_TEXT_SIZE = 8L * 1024 * 1024;

    /** The text of the file at {@code relativePath}, or empty with a finding when it cannot be used. */
    Optional<String> read(String relativePath) {
        byte[] bytes;
        try {
            long size = tree.file(relativePath).map(ContentTree.Entry::size).orElse(0L);
            if (size > MAX_TEXT_SIZE) {
                findings.error("file-too-large", Location.of(relativePath), "The file is " + size / (1024 * 1024)
                        + " MB; content files may have at most " + MAX_TEXT_SIZE / (1024 * 1024) + " MB. Split it,"
                        + " or move data into an attachment under files/.");
                return Optional.empty();
            }
            bytes = tree.read(relativePath);
        } catch (IOException e) {
            findings.error("unreadable-file", Location.of(relativePath),
                    "Cannot read the file: " + e.getMessage() + ". Check that it exists and is readable.");
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            findings.error("not-utf8", new Location(relativePath, line, column),
                    "The file is not valid UTF-8 (byte 0x" + String.format("%02X", bytes[in.position()])
                            + " at offset " + in.position() + "). Save it with UTF-8 encoding.");
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                findings.error("binary-file", Location.of(relativePath), "The file holds binary data (a zero byte"
                        + " at offset " + i + "), not text. Content files are UTF-8 text; put binary files under"
                        + " files/.");
                return Optional.empty();
            }
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
