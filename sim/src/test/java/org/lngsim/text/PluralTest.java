package org.lngsim.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void one_takes_the_singular_and_every_other_count_the_plural() {
        assertThat(Plural.of(1, "run")).isEqualTo("1 run");
        assertThat(Plural.of(0, "run")).isEqualTo("0 runs");
        assertThat(Plural.of(2, "run")).isEqualTo("2 runs");
    }

    @Test
    void irregular_nouns_take_the_plural_given() {
        assertThat(Plural.of(1, "cargo", "cargoes")).isEqualTo("1 cargo");
        assertThat(Plural.of(12, "cargo", "cargoes")).isEqualTo("12 cargoes");
    }

    @Test
    void the_noun_alone_lets_callers_format_the_number() {
        assertThat(String.format("%,d %s", 1204, Plural.noun(1204, "run"))).isEqualTo("1,204 runs");
        assertThat(Plural.noun(1, "problem")).isEqualTo("problem");
    }
}
