package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Text;

@DisplayName("A reason put into words only when read")
class ReasonTest {

    @Test
    @DisplayName("reads as the words formatted at once, nested counts included, in both languages")
    void sameWords() {
        Reason later = Reason.of("bound.min.short", Words.count("credits", 3), 2, Words.count("credits", 1), 1);
        Text now = Words.text("bound.min.short", Words.text("credits.other", 3), 2, Words.text("credits.one", 1), 1);
        assertThat(later.text()).isEqualTo(now);
        assertThat(later.text().en()).isEqualTo("needs at least 3 credits, you have 2 (1 credit short)");
        assertThat(later.text().fr()).isEqualTo("exige au moins 3 crédits, vous en avez 2 (il en manque 1)");
    }

    @Test
    @DisplayName("a count of 0 takes the plural in English and the singular in French")
    void zeroCount() {
        Reason none = Reason.of("bound.max", Words.count("credits", 0), 2);
        assertThat(none.text().en()).isEqualTo("allows at most 0 credits, you have 2");
        assertThat(none.text().fr()).isEqualTo("admet au plus 0 crédit, vous en avez 2");
    }

    @Test
    @DisplayName("gives the labels of codes as the eager join does, a stream's words around them")
    void sameLabels() {
        List<String> regions = List.of("CA-QC", "CA-ON", "XX");
        assertThat(Reason.labels("region", regions).text()).isEqualTo(Words.labels("region", regions));
        Text name = new Text("Emerging", "Relève");
        assertThat(Reason.of("stream.check", name, Reason.labels("region", regions)).text())
                .isEqualTo(Words.text("stream.check", name, Words.labels("region", regions)));
        assertThat(Reason.said(name).text()).isEqualTo(name);
    }
}
