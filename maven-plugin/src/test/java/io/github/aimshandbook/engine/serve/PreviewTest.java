package io.github.aimshandbook.engine.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import io.github.aimshandbook.engine.starter.Starter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** aims:serve's engine: it serves the handbook on the loopback interface, and rebuilds and tells pages on a change. */
class PreviewTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private static Options options(Path content, Path output) {
        return Options.builder(content, output, Fixtures.TODAY).pdf(false).build();
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Polls until {@code done} holds, for at most two minutes: the machine may be busy with other builds, so one
     * slow answer is asked again rather than taken as the verdict.
     */
    private static String await(URI uri, Predicate<String> done) throws IOException, InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String body = "";
        while (System.nanoTime() < until) {
            try {
                body = get(uri).body();
            } catch (java.net.http.HttpTimeoutException e) {
                continue;
            }
            if (done.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        return body;
    }

    @Test
    void serves_the_handbook_with_the_reload_script_and_rebuilds_on_a_change(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("src/aims");
        new Starter().write(content);
        List<String> problems = new CopyOnWriteArrayList<>();
        try (Preview preview = new Preview(options(content, temp.resolve("target/aims-preview")), "src/aims/",
                (result, problem) -> problems.add(String.valueOf(problem)))) {
            URI root = preview.start(0);
            assertThat(root.getHost()).isEqualTo("127.0.0.1");

            HttpResponse<String> page = get(root.resolve("documents/ai-policy.html"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
            assertThat(page.body()).contains("<script src=\"/__aims/reload.js\" data-build=\"1\" defer></script>")
                    .containsPattern("Content-Security-Policy\" content=\"[^\"]*script-src 'self'[^\"]*"
                            + "; connect-src 'self'\"");
            assertThat(get(root.resolve("__aims/reload.js")).body()).contains("window.location.reload()");
            assertThat(get(root.resolve("__aims/status")).body()).contains("\"build\":1", "\"written\":true");

            Path policy = content.resolve("policies/ai-policy.md");
            Files.writeString(policy, Files.readString(policy) + "\n## Preview marker 4711\n");
            String status = await(root.resolve("__aims/status"), s -> s.contains("\"build\":2"));
            assertThat(status).contains("\"build\":2", "\"written\":true");
            assertThat(get(root.resolve("documents/ai-policy.html")).body()).contains("Preview marker 4711")
                    .contains("data-build=\"2\"");

            // a build with errors keeps the last good handbook on show, and says why
            Files.writeString(policy, Files.readString(policy) + "\nSee [[A.6.2.99]].\n");
            status = await(root.resolve("__aims/status"), s -> s.contains("\"build\":3"));
            assertThat(status).contains("\"written\":false", "\"errors\":1", "unresolved-reference",
                    "Not rebuilt: the handbook shown is the last one without errors.");
            assertThat(get(root.resolve("documents/ai-policy.html")).body()).contains("Preview marker 4711");

            // a folder created while serving is watched too
            Files.createDirectories(content.resolve("records"));
            Files.writeString(policy, Files.readString(policy).replace("[[A.6.2.99]]", "[[A.6.2.4]]"));
            await(root.resolve("__aims/status"), s -> s.contains("\"build\":4"));
            Files.writeString(content.resolve("records/minutes.md"), "---\ntype: record\n---\n# Board minutes 0815\n");
            assertThat(await(root.resolve("__aims/status"), s -> s.contains("\"build\":5")))
                    .contains("\"written\":true");
            assertThat(get(root.resolve("documents/minutes.html")).body()).contains("Board minutes 0815");
        }
        assertThat(problems).containsOnly("null");
    }

    @Test
    void serves_nothing_outside_the_handbook(@TempDir Path temp) throws Exception {
        Path content = temp.resolve("src/aims");
        new Starter().write(content);
        Files.writeString(temp.resolve("secret.txt"), "not for the browser");
        try (Preview preview = new Preview(options(content, temp.resolve("out")), "", (r, p) -> { })) {
            URI root = preview.start(0);
            for (String path : List.of("../secret.txt", "%2e%2e/secret.txt", "..%2fsecret.txt", "no-such-page.html")) {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(response.body()).as(path).doesNotContain("not for the browser");
            }
        }
    }

    /** The reload script exists only in what the preview serves: a built handbook must never ask for it. */
    @Test
    void a_normal_build_has_no_reload_script(@TempDir Path temp) throws IOException {
        Path content = temp.resolve("src/aims");
        new Starter().write(content);
        new Pipeline().run(Options.builder(content, temp.resolve("site"), Fixtures.TODAY).build());
        try (Stream<Path> files = Files.walk(temp.resolve("site"))) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).anyMatch(p -> p.toString().endsWith("index.html"));
            for (Path file : all) {
                if (file.toString().matches(".*\\.(html|js|css|json)$")) {
                    assertThat(Files.readString(file)).as(file.toString()).doesNotContain("__aims")
                            .doesNotContain("connect-src");
                }
            }
        }
    }
}
