package org.opdl.model.field;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

@DisplayName("The homes of a field written out of place")
class FieldHomesTest {

    private static final FieldTree LISTING = FieldTree.listing();

    @Test
    @DisplayName("are named nearest the object written in first, in table order among equals")
    void nearestFirst() {
        Field stipend = LISTING.field("stipend").orElseThrow();
        assertThat(FieldHomes.nearestFirst(LISTING.named("currency"), stipend)).extracting(Field::path).startsWith(
                "stipend.amount.currency", "stipend.minimum.currency", "stipend.programShare.currency",
                "stipend.hostShare.currency", "budget.currency", "fees.amount.currency");
        assertThat(FieldHomes.nearestFirst(LISTING.named("places"), LISTING.root())).extracting(Field::path)
                .containsExactly("streams.places", "intakes.places");
    }

    @Test
    @DisplayName("name 3 places and count the others, in both languages")
    void threeNamed() {
        assertThat(FieldHomes.ofKey(LISTING, "/stipend", "currency").orElseThrow().in(Lang.EN)).isEqualTo(
                "stipend.amount.currency, stipend.minimum.currency, stipend.programShare.currency and 10 other places");
        assertThat(FieldHomes.ofKey(LISTING, "/intakes/0", "minAge").orElseThrow().in(Lang.FR)).isEqualTo("eligibility.minAge");
        assertThat(FieldHomes.named(List.of("a", "b", "c", "d")).in(Lang.FR)).isEqualTo("a, b, c et un autre endroit");
        assertThat(FieldHomes.ofKey(LISTING, "", "cohortSize")).isEmpty();
    }
}
