package org.opdl.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Lists in a sentence take each language's last word, and semicolons where an item has its own commas")
class ProseListTest {

    private static final List<Text> REGIONS = List.of(new Text("Alberta", "Alberta"),
            new Text("Manitoba", "Manitoba"), new Text("Quebec", "Québec"));

    @Nested
    @DisplayName("a list of both languages")
    class BothLanguages {

        @Test
        @DisplayName("ends with the language's \"and\", and with its \"or\" when a choice is offered")
        void andOr() {
            assertThat(Prose.and(REGIONS)).isEqualTo(new Text("Alberta, Manitoba and Quebec", "Alberta, Manitoba et Québec"));
            assertThat(Prose.or(REGIONS.subList(0, 2))).isEqualTo(new Text("Alberta or Manitoba", "Alberta ou Manitoba"));
        }

        @Test
        @DisplayName("writes one item alone and none as nothing")
        void shortLists() {
            assertThat(Prose.or(REGIONS.subList(2, 3))).isEqualTo(new Text("Quebec", "Québec"));
            assertThat(Prose.and(List.of())).isEqualTo(new Text("", ""));
        }
    }

    @Nested
    @DisplayName("a list of one language")
    class OneLanguage {

        private final List<String> types = List.of("course or training program", "equity, diversity and inclusion training",
                "mentorship");

        @Test
        @DisplayName("parts items of many words by semicolons, the last one too")
        void parted() {
            assertThat(Prose.parted(types, Prose.AND.en()))
                    .isEqualTo("course or training program; equity, diversity and inclusion training; and mentorship");
            assertThat(Prose.parted(types, Prose.AND.fr())).endsWith("training; et mentorship");
        }

        @Test
        @DisplayName("joins two items parted or not alike, as a semicolon would part nothing")
        void twoItems() {
            assertThat(Prose.parted(types.subList(0, 2), "and")).isEqualTo(Prose.joined(types.subList(0, 2), "and"))
                    .isEqualTo("course or training program and equity, diversity and inclusion training");
        }
    }
}
