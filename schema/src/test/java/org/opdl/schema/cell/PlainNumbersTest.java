package org.opdl.schema.cell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.field.FieldTree;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import tools.jackson.databind.JsonNode;

/** Number cells already written as JSON writes them are read as they are; every other form still goes through its wordings. */
@DisplayName("Number cells written plainly, and the forms beside them")
class PlainNumbersTest {

    private final Readings readings = new Readings();
    private final CellReader reader = new CellReader(readings);
    private final List<Finding> notes = new ArrayList<>();

    private JsonNode read(String path, String cell) {
        Location at = new Location.Csv("intakes.csv", 0, "/" + path.replace('.', '/'), 2, path, "B");
        return reader.read(FieldTree.listing().field(path).orElseThrow(), cell, at, notes::add);
    }

    @Test
    @DisplayName("digits alone are read as the whole number they write, with no reading counted")
    void wholeNumbers() {
        assertThat(read("eligibility.minAge", "18").intValue()).isEqualTo(18);
        assertThat(read("intakes.places", " 007 ").intValue()).isEqualTo(7);
        assertThat(read("eligibility.maxAge", "123456789").intValue()).isEqualTo(123456789);
        assertThat(read("intakes.applications", "12345678901").longValue()).isEqualTo(12345678901L);
        assertThat(readings.count(Readings.Kind.NUMBER)).isZero();
        assertThat(notes).isEmpty();
    }

    @Test
    @DisplayName("a whole number in another form is still read as its column words it, or refused")
    void wholeNumbersInOtherForms() {
        assertThat(read("eligibility.minAge", "18+").intValue()).isEqualTo(18);
        assertThat(read("intakes.places", "1 200").intValue()).isEqualTo(1200);
        assertThat(read("intakes.places", "12.0").intValue()).isEqualTo(12);
        assertThat(notes).extracting(Finding::ruleId).containsExactly("opdl.csv.excel-number");
        assertThatThrownBy(() -> read("intakes.places", "1.5")).isInstanceOf(Unreadable.class);
    }

    @Test
    @DisplayName("digits with one dot between them are read as the decimal they write")
    void decimals() {
        assertThat(read("fees.amount.amount", "1500").stringValue()).isEqualTo("1500");
        assertThat(read("subsidy.rate", "0.25").stringValue()).isEqualTo("0.25");
        assertThat(read("timeCommitment.hoursPerWeek", "37.5").stringValue()).isEqualTo("37.5");
        assertThat(readings.count(Readings.Kind.NUMBER)).isZero();
    }

    @Test
    @DisplayName("a decimal in another form is still read as its column words it, or refused")
    void decimalsInOtherForms() {
        assertThat(read("subsidy.rate", "50%").stringValue()).isEqualTo("0.5");
        assertThat(read("fees.amount.amount", "1500.").stringValue()).isEqualTo("1500");
        assertThat(read("fees.amount.amount", "$1,500.50").stringValue()).isEqualTo("1500.50");
        assertThat(read("timeCommitment.hoursPerWeek", "40 h").stringValue()).isEqualTo("40");
        assertThatThrownBy(() -> read("fees.amount.amount", ".5")).isInstanceOf(Unreadable.class);
        assertThatThrownBy(() -> read("fees.amount.amount", "1.2.3")).isInstanceOf(Unreadable.class);
    }

    @Test
    @DisplayName("only ASCII digits, within the length asked, with a dot only where allowed and between digits, are plain")
    void plainBounds() {
        assertThat(CellNumbers.isPlain("123456789", 9, false)).isTrue();
        assertThat(CellNumbers.isPlain("1234567890", 9, false)).isFalse();
        assertThat(CellNumbers.isPlain("", 9, false)).isFalse();
        assertThat(CellNumbers.isPlain("1.5", 9, false)).isFalse();
        assertThat(CellNumbers.isPlain("-5", 9, false)).isFalse();
        assertThat(CellNumbers.isPlain("١٢", 9, false)).as("Arabic-Indic digits").isFalse();
        assertThat(CellNumbers.isPlain("1.5", 30, true)).isTrue();
        assertThat(CellNumbers.isPlain(".5", 30, true)).isFalse();
        assertThat(CellNumbers.isPlain("5.", 30, true)).isFalse();
        assertThat(CellNumbers.isPlain("1.2.3", 30, true)).isFalse();
    }
}
