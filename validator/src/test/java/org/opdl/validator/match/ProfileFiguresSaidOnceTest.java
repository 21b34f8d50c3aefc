package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Text;

@DisplayName("F54: a slip in a profile's figures is told once and for what it is, not as a second problem or as no whole number")
class ProfileFiguresSaidOnceTest {

    private static List<Text> problems(String figures) {
        String json = "{" + figures + ", \"region\": \"CA-ON\", \"languages\": [\"English\"]}";
        ProfileReader.ProfileException[] caught = new ProfileReader.ProfileException[1];
        assertThatThrownBy(() -> ProfileReader.read(json.getBytes(StandardCharsets.UTF_8), LocalDate.of(2026, 12, 7)))
                .isInstanceOfSatisfying(ProfileReader.ProfileException.class, e -> caught[0] = e);
        return caught[0].problems();
    }

    @Test
    @DisplayName("a negative count of works is one problem, with no \"credits (0) cannot be more than completed works (-1)\" after it")
    void negative() {
        List<Text> p = problems("\"completedWorks\": -1, \"credits\": 0, \"yearsOfPractice\": 1");
        assertThat(p).extracting(Text::en).containsExactly("completed works, credits and years of practice cannot be negative");
        assertThat(problems("\"completedWorks\": 1, \"credits\": 2, \"yearsOfPractice\": 1")).extracting(Text::en)
                .containsExactly("credits (2) cannot be more than completed works (1): every professional credit is on a completed work");
    }

    @Test
    @DisplayName("a whole number too large for any career says so, in both languages, and an age too large is no age")
    void tooLarge() {
        List<Text> p = problems("\"completedWorks\": 99999999999999, \"credits\": 0, \"yearsOfPractice\": 1");
        assertThat(p).extracting(Text::en).containsExactly("completedWorks: 99999999999999 is more than any career holds: write your own"
                + " count, such as 2");
        assertThat(p.get(0).fr()).isEqualTo("completedWorks : 99999999999999 dépasse ce que contient une carrière : écrivez votre propre"
                + " nombre, comme 2");
        assertThat(problems("\"completedWorks\": 1, \"credits\": 0, \"yearsOfPractice\": 1, \"age\": 4000000000")).extracting(Text::en)
                .containsExactly("age 4000000000 is not an age");
        assertThat(problems("\"completedWorks\": 1.5, \"credits\": 0, \"yearsOfPractice\": 1")).extracting(Text::en)
                .containsExactly("completedWorks must be a whole number, such as 2");
    }
}
