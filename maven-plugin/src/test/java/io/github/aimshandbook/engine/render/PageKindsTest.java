package io.github.aimshandbook.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aimshandbook.engine.Scenario;
import io.github.aimshandbook.engine.link.EntityKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageKindsTest {

    @TempDir
    Path temp;

    @Test
    void no_two_page_kinds_share_a_section_a_path_or_a_template() {
        List<String> keys = PageKinds.ALL.stream().map(PageKind::key).toList();
        List<String> paths = PageKinds.ALL.stream().map(PageKind::path).toList();
        List<String> templates = PageKinds.ALL.stream().flatMap(k -> java.util.stream.Stream.of(k.template(),
                k.items() == null ? null : k.items().template())).filter(Objects::nonNull).toList();

        assertThat(keys).doesNotHaveDuplicates();
        assertThat(paths).doesNotHaveDuplicates().doesNotContain("404.html");
        assertThat(templates).doesNotHaveDuplicates().doesNotContain("layout.ftlh", "print.ftlh", "404.ftlh");
    }

    @Test
    void every_kind_of_id_is_listed_by_exactly_one_page_kind() {
        List<EntityKind> listed = PageKinds.ALL.stream().filter(k -> k.items() != null).map(k -> k.items().kind())
                .toList();

        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrder(EntityKind.values());
        assertThat(EntityKind.values()).allMatch(PageKinds::lists);
    }

    @Test
    void the_pages_of_a_handbook_have_distinct_paths_each_under_its_id_url() {
        Scenario s = Scenario.small(temp).run();
        ViewSources sources = new ViewSources(s.handbook(), s.assessment(), s.findings());
        SitePlan plan = new SitePlan(sources, PageKinds.views(sources), SiteInfo.of(s.handbook(), s.assessment(),
                new Generator("AIMS Handbook", "test"), null).sections());

        List<String> paths = plan.pages().stream().map(SitePlan.Page::path).toList();
        assertThat(paths).doesNotHaveDuplicates().startsWith("index.html", "scope.html", "roles.html",
                "documents/index.html").contains("controls/A.2.2.html", "systems/churn-model.html",
                        "risks/R-001.html", "evidence/EV-001.html", "documents/ai-policy.html");
        for (var target : s.handbook().index().all()) {
            String page = target.href().replaceFirst("#.*", "");
            assertThat(paths).as("the page of " + target.id()).contains(page);
        }
    }

    @Test
    void print_ftlh_lays_out_every_chapter_of_the_registry() throws java.io.IOException {
        String print;
        try (var in = Templates.class.getClassLoader().getResourceAsStream(Templates.THEME + "print.ftlh")) {
            print = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        for (PageKinds.ChapterKind<?> k : PageKinds.CHAPTERS) {
            assertThat(print).as("the macro of chapter " + k.id()).contains("<#macro chapter_" + k.macro() + " ch>");
        }
    }

    @Test
    void the_pdf_chapters_are_numbered_in_order_with_distinct_anchors() {
        Scenario s = Scenario.small(temp).run();
        ViewSources sources = new ViewSources(s.handbook(), s.assessment(), s.findings());
        var views = PageKinds.views(sources);

        List<Chapter> chapters = PageKinds.chapters(sources, views);

        assertThat(chapters).extracting(Chapter::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                15, 16, 17);
        assertThat(chapters).extracting(Chapter::id).doesNotHaveDuplicates().doesNotContain("contents",
                "document-control");
        assertThat(chapters.stream().flatMap(c -> c.entries().stream()).map(Chapter.Entry::anchor))
                .doesNotHaveDuplicates().contains("role-ceo", "documents-ai-policy", "controls-A.2.2",
                        "systems-churn-model", "risks-R-001", "evidence-EV-001");
        for (Chapter c : chapters) {
            assertThat(c.view()).as("the view of chapter " + c.id()).isNotNull();
        }
        assertThat(chapters.stream().filter(c -> c.id().equals("risks")).findFirst().orElseThrow().view())
                .isInstanceOf(RisksView.class);
    }

    @Test
    void every_section_has_a_typed_view_of_its_own_record_type() {
        Scenario s = Scenario.small(temp).run();

        var views = PageKinds.views(new ViewSources(s.handbook(), s.assessment(), s.findings()));

        assertThat(views.keySet()).containsExactlyElementsOf(PageKinds.ALL.stream().map(PageKind::key).toList());
        assertThat(views.values().stream().map(Object::getClass)).doesNotHaveDuplicates();
    }
}
