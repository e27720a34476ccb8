package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The vendored MiniSearch is the published file, unchanged, as templates/VENDORED.md records. */
class VendoredFilesTest {

    @Test
    void minisearch_is_the_published_file_recorded_in_vendored_md() throws IOException, NoSuchAlgorithmException {
        String resource = "/io/github/aimshandbook/templates/assets/vendor/minisearch-7.2.0.js";
        byte[] bytes;
        try (InputStream in = VendoredFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            bytes = in.readAllBytes();
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        String record = Files.readString(Path.of("../templates/VENDORED.md"));

        assertThat(sha).isEqualTo("03c27931eb603af1d3358579e9885eafdb6a2f5fa9929557b3e77d7e99d06d03");
        assertThat(record).contains("`assets/vendor/minisearch-7.2.0.js`", sha);
        assertThat(Files.readString(Path.of("../templates/src/main/resources/io/github/aimshandbook/templates/assets"
                + "/aims.js"))).as("the script loads the vendored version").contains("minisearch-7.2.0.js");
    }
}
