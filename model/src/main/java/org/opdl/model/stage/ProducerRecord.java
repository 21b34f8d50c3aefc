package org.opdl.model.stage;

/**
 * The measured figures of one producer's record. They are whole numbers, and credits never exceed
 * completed works, because every professional credit is on a completed work.
 *
 * @param completedWorks completed works as producer
 * @param credits professional producing credits
 * @param years years of professional practice
 */
public record ProducerRecord(int completedWorks, int credits, int years) {

    /** Rejects negative figures and more credits than completed works. */
    public ProducerRecord {
        if (completedWorks < 0 || credits < 0 || years < 0) {
            throw new InvalidRecordException(InvalidRecordException.Reason.NEGATIVE, completedWorks, credits, years);
        }
        if (credits > completedWorks) {
            throw new InvalidRecordException(
                    InvalidRecordException.Reason.CREDITS_EXCEED_WORKS, completedWorks, credits, years);
        }
    }

    /** The value of one figure. */
    public int get(Figure figure) {
        return switch (figure) {
            case COMPLETED_WORKS -> completedWorks;
            case PROFESSIONAL_CREDITS -> credits;
            case YEARS_OF_PRACTICE -> years;
        };
    }
}
