package io.github.aimshandbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub Pages workflows cannot run here, so their structure is checked offline: this repository's own
 * (.github/workflows/pages.yml) and the one the README gives users to copy. Both must deploy on pushes to main with
 * GitHub's official Pages actions, pinned to a major version, with the permissions Pages needs and no more.
 */
class PagesWorkflowTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void publishes_the_example_handbook_on_pushes_to_main() throws IOException {
        Map<String, Object> workflow = yaml(Files.readString(ROOT.resolve(".github/workflows/pages.yml")));

        assertDeploysToPages(workflow, "site-example/target/aims");
        assertThat(run(workflow)).isEqualTo("mvn -B -ntp -DskipTests -Dinvoker.skip=true install");
    }

    @Test
    void gives_users_a_workflow_that_checks_and_publishes_their_handbook() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String section = readme.substring(readme.indexOf("## Publish to GitHub Pages"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        int start = section.indexOf("```yaml\n") + "```yaml\n".length();
        Map<String, Object> workflow = yaml(section.substring(start, section.indexOf("```", start)));

        assertDeploysToPages(workflow, "target/aims");
        assertThat(run(workflow)).isEqualTo("mvn -B -ntp verify");
    }

    @Test
    void the_example_writes_its_handbook_where_the_workflow_uploads_it() throws IOException {
        String pom = Files.readString(ROOT.resolve("site-example/pom.xml"));

        assertThat(pom).contains("<goal>handbook</goal>").doesNotContain("outputDirectory");
    }

    @SuppressWarnings("unchecked")
    private static void assertDeploysToPages(Map<String, Object> workflow, String path) {
        // YAML 1.1 (SnakeYAML) reads the key 'on' as true; GitHub reads it as the word.
        Map<String, Object> on = (Map<String, Object>) workflow.getOrDefault("on", workflow.get(Boolean.TRUE));
        assertThat(on).containsKeys("push", "workflow_dispatch");
        assertThat((Map<String, Object>) on.get("push")).containsEntry("branches", List.of("main"));
        assertThat(workflow).containsEntry("permissions", Map.of("contents", "read"));
        assertThat((Map<String, Object>) workflow.get("concurrency")).containsEntry("group", "pages")
                .containsEntry("cancel-in-progress", false);

        Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) workflow.get("jobs");
        assertThat(jobs).containsOnlyKeys("build", "deploy");
        Map<String, Object> deploy = jobs.get("deploy");
        assertThat(deploy).containsEntry("needs", "build");
        assertThat(deploy).containsEntry("permissions", Map.of("pages", "write", "id-token", "write"));
        assertThat((Map<String, Object>) deploy.get("environment")).containsEntry("name", "github-pages")
                .containsEntry("url", "${{ steps.deployment.outputs.page_url }}");
        assertThat(steps(deploy)).singleElement().satisfies(step -> assertThat(step)
                .containsEntry("id", "deployment").containsEntry("uses", "actions/deploy-pages@v4"));

        List<String> uses = new ArrayList<>();
        jobs.values().forEach(job -> steps(job).stream().filter(s -> s.containsKey("uses"))
                .forEach(s -> uses.add((String) s.get("uses"))));
        assertThat(uses).containsExactly("actions/checkout@v4", "actions/setup-java@v4",
                "github/codeql-action/upload-sarif@v4", "actions/configure-pages@v5",
                "actions/upload-pages-artifact@v4", "actions/deploy-pages@v4");
        // the findings reach code scanning even when the build failed, whenever the report was written
        assertThat(jobs.get("build")).containsEntry("permissions", Map.of("contents", "read", "security-events",
                "write"));
        Map<String, Object> sarif = steps(jobs.get("build")).stream()
                .filter(s -> "github/codeql-action/upload-sarif@v4".equals(s.get("uses"))).findFirst().orElseThrow();
        assertThat(sarif).containsEntry("if", "always() && hashFiles('" + path + "/aims-report.sarif') != ''")
                .containsEntry("with", Map.of("sarif_file", path + "/aims-report.sarif", "category",
                        "aims-handbook"));
        Map<String, Object> upload = steps(jobs.get("build")).stream()
                .filter(s -> "actions/upload-pages-artifact@v4".equals(s.get("uses"))).findFirst().orElseThrow();
        assertThat(upload).containsEntry("with", Map.of("path", path));
        Map<String, Object> java = steps(jobs.get("build")).stream()
                .filter(s -> "actions/setup-java@v4".equals(s.get("uses"))).findFirst().orElseThrow();
        assertThat(java).containsEntry("with", Map.of("distribution", "temurin", "java-version", "17", "cache",
                "maven"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        assertThat(job).containsEntry("runs-on", "ubuntu-latest");
        return (List<Map<String, Object>>) job.get("steps");
    }

    @SuppressWarnings("unchecked")
    private static String run(Map<String, Object> workflow) {
        Map<String, Map<String, Object>> jobs = (Map<String, Map<String, Object>>) workflow.get("jobs");
        return steps(jobs.get("build")).stream().filter(s -> s.containsKey("run")).map(s -> (String) s.get("run"))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> yaml(String text) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }
}
