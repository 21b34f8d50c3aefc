package org.opdl.model.stage;

import java.util.List;
import java.util.Optional;
import org.opdl.model.text.Text;

/**
 * The stage a producer's record reaches, why, and what would move it to the next stage.
 *
 * @param record the figures classified
 * @param stage the code of the highest stage whose minimums all hold
 * @param reasons one sentence per minimum of that stage, saying how the record meets it
 * @param next what the next stage needs, empty at the top of the scale
 */
public record Classification(ProducerRecord record, String stage, List<Text> reasons, Optional<NextStage> next) {

    /** Copies the reasons. */
    public Classification {
        reasons = List.copyOf(reasons);
    }

    /**
     * What would move the producer to the next stage.
     *
     * @param stage the next stage's code
     * @param gaps each figure still short of the next stage's minimum
     */
    public record NextStage(String stage, List<Gap> gaps) {

        /** Copies the gaps. */
        public NextStage {
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * A figure short of a minimum.
     *
     * @param figure the figure
     * @param current the producer's value
     * @param needed the minimum the next stage requires
     */
    public record Gap(Figure figure, int current, int needed) {

        /** How many more the producer needs. */
        public int missing() {
            return needed - current;
        }
    }
}
