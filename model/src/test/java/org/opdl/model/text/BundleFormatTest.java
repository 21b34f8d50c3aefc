package org.opdl.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A message template")
class BundleFormatTest {

    @Test
    @DisplayName("agrees its words with a count: one in English, zero and one in French")
    void wordsAgreeWithTheCount() {
        String en = "{0} {0|listing|listings} read, {1} {1|finding|findings}";
        String fr = "{0} {0|fiche lue|fiches lues}, {1} {1|constat|constats}";
        assertThat(Bundle.format(en, Lang.EN, 1, 0)).isEqualTo("1 listing read, 0 findings");
        assertThat(Bundle.format(en, Lang.EN, 2, 1L)).isEqualTo("2 listings read, 1 finding");
        assertThat(Bundle.format(fr, Lang.FR, 1, 0)).isEqualTo("1 fiche lue, 0 constat");
        assertThat(Bundle.format(fr, Lang.FR, 2, 3)).isEqualTo("2 fiches lues, 3 constats");
    }

    @Test
    @DisplayName("keeps braces and bars that are not a count's words as they are")
    void leavesOtherBracesAlone() {
        assertThat(Bundle.format("an annotation ({|)", Lang.EN)).isEqualTo("an annotation ({|)");
        assertThat(Bundle.format("{a|b|c} {0}", Lang.EN, "x")).isEqualTo("{a|b|c} x");
        assertThat(Bundle.format("{0|one|many}", Lang.EN, "not a count")).isEqualTo("many");
    }

    @Test
    @DisplayName("writes a count's digits grouped as each language groups them, and agrees its words with it")
    void groupsACount() {
        String en = "migrated {0} {0|listing|listings}";
        String fr = "{0} {0|fiche migrée|fiches migrées}";
        assertThat(Bundle.format(en, Lang.EN, new Count(50_000))).isEqualTo("migrated 50,000 listings");
        assertThat(Bundle.format(en, Lang.EN, new Count(1))).isEqualTo("migrated 1 listing");
        assertThat(Bundle.format(fr, Lang.FR, new Count(50_000))).isEqualTo("50\u202f000 fiches migrées");
        assertThat(Bundle.format(fr, Lang.FR, new Count(0))).isEqualTo("0 fiche migrée");
    }
}
