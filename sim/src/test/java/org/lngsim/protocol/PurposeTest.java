package org.lngsim.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PurposeTest {

    @Test
    void the_words_in_the_output_files_are_those_of_the_run_folders_already_written() {
        assertThat(Purpose.EMERGENCY.label()).isEqualTo("emergency");
        assertThat(Purpose.PAYBACK.label()).isEqualTo("payback");
        assertThat(Settlement.IN_KIND.label()).isEqualTo("in kind");
        assertThat(Settlement.IN_MONEY.label()).isEqualTo("in money");
    }

    @Test
    void a_purpose_is_read_back_from_its_word_and_nothing_else_is_taken_for_one() {
        assertThat(Purpose.ofLabel("emergency")).isEqualTo(Purpose.EMERGENCY);
        assertThat(Purpose.ofLabel("payback")).isEqualTo(Purpose.PAYBACK);
        assertThatThrownBy(() -> Purpose.ofLabel("EMERGENCY")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EMERGENCY");
    }
}
