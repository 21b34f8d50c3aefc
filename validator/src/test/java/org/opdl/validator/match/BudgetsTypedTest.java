package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("F53: a budget typed as a producer writes it, \"$1,500\" or \"1 500 $\", is read, and \"1,500\" alone is asked again")
class BudgetsTypedTest {

    private static Profile read(String budget) throws ProfileReader.ProfileException {
        String json = "{\"completedWorks\": 2, \"credits\": 1, \"yearsOfPractice\": 3, \"region\": \"CA-NS\", \"languages\": [\"en\"],"
                + " \"budget\": " + budget + "}";
        return ProfileReader.read(json.getBytes(StandardCharsets.UTF_8), LocalDate.of(2026, 12, 7));
    }

    @ParameterizedTest(name = "{0} is {1} dollars")
    @CsvSource(delimiter = '|', value = {"500|500", "\"500\"|500", "\"$1,500\"|1500", "\"1 500 $\"|1500", "\"1\u00a0500,50 $\"|1500.50",
        "\"$1,500.50\"|1500.50", "\"CAD 2,000\"|2000", "\"2 000 $ CAD\"|2000", "\"$0\"|0", "\"1500.5\"|1500.5", "\"12,50 $\"|12.50"})
    @DisplayName("English and French ways of writing dollars are read")
    void read(String typed, String dollars) throws Exception {
        assertThat(read(typed).budget()).hasValueSatisfying(b -> assertThat(b).isEqualByComparingTo(new BigDecimal(dollars)));
    }

    @Test
    @DisplayName("a comma before three digits with no dollar sign first could be a thousand or cents: asked again in both languages")
    void thousandOrOne() {
        assertThatThrownBy(() -> read("\"1,500\"")).isInstanceOfSatisfying(ProfileReader.ProfileException.class, e -> {
            assertThat(e.problems().get(0).en()).isEqualTo("budget 1,500 could be 1,500 or 1.50 dollars: write 1500, $1,500 or 1 500 $"
                    + " for a thousand and more, 1.50 for cents");
            assertThat(e.problems().get(0).fr()).startsWith("budget 1,500 pourrait valoir 1 500 $ ou 1,50 $ : écrivez 1500, 1 500 $ ou");
        });
    }

    @Test
    @DisplayName("words are still refused, with the ways to write a budget, and a negative budget as before")
    void refused() {
        assertThatThrownBy(() -> read("\"five hundred\"")).isInstanceOfSatisfying(ProfileReader.ProfileException.class,
                e -> assertThat(e.problems().get(0).en()).isEqualTo("budget must be a number of dollars, such as 500, $1,500 or 1 500 $"));
        assertThatThrownBy(() -> read("\"1.500.50\"")).isInstanceOf(ProfileReader.ProfileException.class);
        assertThatThrownBy(() -> read("\"-$5\"")).isInstanceOfSatisfying(ProfileReader.ProfileException.class,
                e -> assertThat(e.problems().get(0).en()).isEqualTo("the budget cannot be negative"));
    }
}
