package io.github.aimshandbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Settings are named, start from the goals' defaults, and a combination that cannot work is the user's error. */
class OptionsTest {

    private final Options.Builder builder = Options.builder(Path.of("src/aims"), Path.of("target/aims"),
            Fixtures.TODAY);

    @Test
    void starts_from_the_defaults_of_the_goals() {
        Options options = builder.build();

        assertThat(options.render()).isTrue();
        assertThat(options.html()).isTrue();
        assertThat(options.pdf()).isTrue();
        assertThat(options.writeWithErrors()).isFalse();
        assertThat(options.gapsAsErrors()).isFalse();
        assertThat(options.allowRawHtml()).isFalse();
        assertThat(options.maxAttachmentSize()).isEqualTo(25L * 1024 * 1024);
        assertThat(options.backLink()).isNull();
    }

    @Test
    void a_variant_keeps_every_other_setting() {
        Options strict = builder.gapsAsErrors(true).pdf(false).writeWithErrors(true).build();

        Options checking = strict.toBuilder().checkOnly().build();

        assertThat(checking.render()).isFalse();
        assertThat(checking.gapsAsErrors()).isTrue();
        assertThat(checking.pdf()).isFalse();
        assertThat(checking.writeWithErrors()).isTrue();
        assertThat(checking.today()).isEqualTo(Fixtures.TODAY);
    }

    @Test
    void a_handbook_in_no_format_is_refused_as_the_users_error() {
        assertThatThrownBy(() -> builder.html(false).pdf(false).build()).isInstanceOf(UserError.class)
                .hasMessage("No format of the handbook is chosen (parameter formats, -Daims.formats): Neither html nor"
                        + " pdf is on, so there would be nothing to write. Use html, pdf, or html,pdf.");
        assertThat(builder.checkOnly().build().render()).isFalse(); // a check needs no format
    }
}
