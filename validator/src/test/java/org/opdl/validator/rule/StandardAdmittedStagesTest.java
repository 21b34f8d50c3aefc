package org.opdl.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.EligibilityBounds;
import org.opdl.model.stage.Figure;

@DisplayName("The standard's memo of admitted stages")
class StandardAdmittedStagesTest {

    @Test
    @DisplayName("gives what the scale computes, for bounds from none to beyond the thresholds, asked twice")
    void agreesWithTheScale() {
        Standard standard = Standard.standard();
        CareerStageScale scale = standard.scale();
        List<Integer> values = List.of(-1, 0, 1, 2, 3, 5, 8, 10, 15, 25);
        int compared = 0;
        for (int round = 0; round < 2; round++) {
            for (int works : values) {
                for (int credits : values) {
                    for (int years : values) {
                        EligibilityBounds bounds = EligibilityBounds.NONE;
                        bounds = works < 0 ? bounds : bounds.withMin(Figure.COMPLETED_WORKS, works);
                        bounds = credits < 0 ? bounds : bounds.withMax(Figure.PROFESSIONAL_CREDITS, credits);
                        bounds = years < 0 ? bounds : bounds.withMin(Figure.YEARS_OF_PRACTICE, years)
                                .withMax(Figure.YEARS_OF_PRACTICE, years + 3);
                        assertThat(List.copyOf(standard.admittedStages(bounds))).as("%s", bounds)
                                .isEqualTo(List.copyOf(scale.admittedStages(bounds)));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(2 * values.size() * values.size() * values.size());
    }
}
