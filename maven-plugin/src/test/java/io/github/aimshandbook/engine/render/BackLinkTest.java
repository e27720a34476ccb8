package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aimshandbook.engine.Fixtures;
import io.github.aimshandbook.engine.Options;
import io.github.aimshandbook.engine.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link from the handbook's header back to the site it is part of, as the report goal asks for it. */
class BackLinkTest {

    @TempDir
    Path temp;

    @Test
    void links_every_page_back_to_the_enclosing_site_from_its_own_depth() throws IOException {
        Path content = Fixtures.copy("small", temp);
        Path site = temp.resolve("site");
        Path handbook = site.resolve("aims");
        Fixtures.write(site.resolve("index.html"), "<!DOCTYPE html><title>Project site</title>");

        new Pipeline().run(Options.builder(content, handbook, Fixtures.TODAY).pdf(false)
                .backLink(new BackLink("Fixture project", "../index.html")).build());

        Document index = Jsoup.parse(handbook.resolve("index.html").toFile(), "UTF-8");
        assertThat(index.select("header a.back-link").attr("href")).isEqualTo("../index.html");
        assertThat(index.select("header a.back-link").text()).isEqualTo("← Fixture project");
        assertThat(index.select("header a.back-link").attr("title")).isEqualTo("Back to the project site");
        Document control = Jsoup.parse(handbook.resolve("controls/A.2.2.html").toFile(), "UTF-8");
        assertThat(control.select("header a.back-link").attr("href")).isEqualTo("../../index.html");
        assertThat(SiteLinks.broken(site)).isEmpty();
    }

    @Test
    void accepts_only_a_relative_link_to_a_file() {
        for (String href : new String[] {"https://example.com/", "/index.html", "//example.com/x.html", "a b.html",
                "..\\index.html", ""}) {
            assertThatThrownBy(() -> new BackLink("Project", href)).as(href)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The back link '" + href + "' must be a relative link to a file, such as"
                            + " ../index.html.");
        }
        assertThatThrownBy(() -> new BackLink(" ", "../index.html")).hasMessage("A back link needs a label.");
    }
}
