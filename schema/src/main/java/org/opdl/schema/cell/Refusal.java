package org.opdl.schema.cell;

/**
 * Every kind of cell the readers refuse, as the pair of words a coordinator reads: what the cell
 * should hold and why it does not ({@code expected}, in the finding's message), and what to do
 * ({@code fix}). Both take the same arguments. The fix is never the message again: it is the
 * action alone, with the values to write and the columns they go in.
 */
enum Refusal {
    AMOUNT_CURRENCY_ONLY(CellMessages.AMOUNT_CURRENCY_ONLY, CellMessages.AMOUNT_CURRENCY_ONLY_FIX),
    AMOUNT_SPREAD(CellMessages.AMOUNT_SPREAD, CellMessages.AMOUNT_SPREAD_FIX),
    COUNT_WITH_RANK(CellMessages.COUNT_WITH_RANK, CellMessages.COUNT_WITH_RANK_FIX),
    COUNT_OTHER_UNIT(CellMessages.COUNT_OTHER_UNIT, CellMessages.COUNT_OTHER_UNIT_FIX),
    COUNT_THOUSAND_OR_ONE(CellMessages.COUNT_THOUSAND_OR_ONE, CellMessages.COUNT_THOUSAND_OR_ONE_FIX),
    CREDIT_LENGTH(CellMessages.CREDIT_LENGTH, CellMessages.CREDIT_LENGTH_FIX),
    CURRENCY_DOLLAR(CellMessages.CURRENCY_DOLLAR, CellMessages.CURRENCY_DOLLAR_FIX),
    DATE_FOOTNOTE(CellMessages.DATE_FOOTNOTE, CellMessages.DATE_FOOTNOTE_FIX),
    DATE_IN_A_NUMBER(CellMessages.DATE_IN_A_NUMBER, CellMessages.DATE_IN_A_NUMBER_FIX),
    DATE_NO_YEAR(CellMessages.DATE_NO_YEAR, CellMessages.DATE_NO_YEAR_FIX),
    DATE_REMARK(CellMessages.DATE_REMARK, CellMessages.DATE_REMARK_FIX),
    DATE_REMARK_COMPONENT(CellMessages.DATE_REMARK_COMPONENT, CellMessages.DATE_REMARK_COMPONENT_FIX),
    DATE_TWO_DIGIT_YEAR(CellMessages.DATE_TWO_DIGIT_YEAR, CellMessages.DATE_TWO_DIGIT_YEAR_FIX),
    DATE_MONTH_SHORT_YEAR(CellMessages.DATE_MONTH_SHORT_YEAR, CellMessages.DATE_MONTH_SHORT_YEAR_FIX),
    DATE_SLASH_SHORT_YEAR(CellMessages.DATE_SLASH_SHORT_YEAR, CellMessages.DATE_TWO_DIGIT_YEAR_FIX),
    DATE_WEEKDAY(CellMessages.DATE_WEEKDAY, CellMessages.DATE_WEEKDAY_FIX),
    DATE_WRITTEN_2025(CellMessages.DATE_WRITTEN_2025, CellMessages.DATE_WRITTEN_2025_FIX),
    DAY_NOT_HOUR(CellMessages.DAY_NOT_HOUR, CellMessages.DAY_NOT_HOUR_FIX),
    DECIMAL_NUMBER_SUCH(CellMessages.DECIMAL_NUMBER_SUCH, CellMessages.DECIMAL_NUMBER_SUCH_FIX),
    DELIVERY_PLACE(CellMessages.DELIVERY_PLACE, CellMessages.DELIVERY_PLACE_FIX),
    DURATION_COUNT_LENGTH(CellMessages.DURATION_COUNT_LENGTH, CellMessages.DURATION_COUNT_LENGTH_FIX),
    DURATION_DAYS_AND_PART(CellMessages.DURATION_DAYS_AND_PART, CellMessages.DURATION_DAYS_AND_PART_FIX),
    DURATION_DECIMAL(CellMessages.DURATION_DECIMAL, CellMessages.DURATION_DECIMAL_FIX),
    DURATION_INTENSIVE(CellMessages.DURATION_INTENSIVE, CellMessages.DURATION_INTENSIVE_FIX),
    DURATION_PART_OF_A_DAY(CellMessages.DURATION_PART_OF_A_DAY, CellMessages.DURATION_PART_OF_A_DAY_FIX),
    DURATION_RANGE(CellMessages.DURATION_RANGE, CellMessages.DURATION_RANGE_ONE_FIX),
    DURATION_RANGE_MIN_MAX(CellMessages.DURATION_RANGE_MIN_MAX, CellMessages.DURATION_RANGE_MIN_MAX_FIX),
    DURATION_SCHEDULE(CellMessages.DURATION_SCHEDULE, CellMessages.DURATION_SCHEDULE_FIX),
    DURATION_SESSIONS(CellMessages.DURATION_SESSIONS, CellMessages.DURATION_SESSIONS_FIX),
    DURATION_SUCH_6(CellMessages.DURATION_SUCH_6, CellMessages.DURATION_SUCH_6_FIX),
    DURATION_TIMES_SESSIONS(CellMessages.DURATION_TIMES_SESSIONS, CellMessages.DURATION_TIMES_SESSIONS_FIX),
    FREE_NOTES(CellMessages.FREE_NOTES, CellMessages.FREE_NOTES_FIX),
    FREE_FOR_MEMBERS(CellMessages.FREE_FOR_MEMBERS, CellMessages.FREE_FOR_MEMBERS_FIX),
    FREQUENCY_DAY(CellMessages.FREQUENCY_DAY, CellMessages.FREQUENCY_DAY_FIX),
    FREQUENCY_SEVERAL(CellMessages.FREQUENCY_SEVERAL, CellMessages.FREQUENCY_SEVERAL_FIX),
    HELP_MAYBE(CellMessages.HELP_MAYBE, CellMessages.HELP_MAYBE_FIX),
    HELP_SUCH(CellMessages.HELP_SUCH, CellMessages.HELP_SUCH_FIX),
    HOURS_DAYS(CellMessages.HOURS_DAYS, CellMessages.HOURS_DAYS_FIX),
    HOURS_MOST(CellMessages.HOURS_MOST, CellMessages.HOURS_BOUND_FIX),
    HOURS_RANGE(CellMessages.HOURS_RANGE, CellMessages.HOURS_BOUND_FIX),
    HOURS_SUCH(CellMessages.HOURS_SUCH, CellMessages.HOURS_SUCH_FIX),
    LANGUAGE_PAIR(CellMessages.LANGUAGE_PAIR, CellMessages.LANGUAGE_PAIR_FIX),
    LANGUAGE_SUCH(CellMessages.LANGUAGE_SUCH, CellMessages.LANGUAGE_SUCH_FIX),
    MAX_STRICT(CellMessages.MAX_STRICT, CellMessages.MAX_STRICT_FIX),
    MAX_WORDS(CellMessages.MAX_WORDS, CellMessages.MAX_WORDS_FIX),
    MIN_STRICT(CellMessages.MIN_STRICT, CellMessages.MIN_STRICT_FIX),
    MIN_WORDS(CellMessages.MIN_WORDS, CellMessages.MIN_WORDS_FIX),
    MONEY_AT_LEAST(CellMessages.MONEY_AT_LEAST, CellMessages.MONEY_AT_LEAST_FIX),
    MONEY_COUNT_TIMES(CellMessages.MONEY_COUNT_TIMES, CellMessages.MONEY_COUNT_TIMES_FIX),
    MONEY_RANGE(CellMessages.MONEY_RANGE, CellMessages.MONEY_RANGE_FIX),
    MONEY_RATE_CAP(CellMessages.MONEY_RATE_CAP, CellMessages.MONEY_RATE_CAP_FIX),
    MONEY_THOUSAND_OR_DECIMAL(CellMessages.MONEY_THOUSAND_OR_DECIMAL, CellMessages.MONEY_THOUSAND_OR_DECIMAL_FIX),
    MONEY_TWO(CellMessages.MONEY_TWO, CellMessages.MONEY_TWO_FIX),
    MONEY_TWO_LARGEST(CellMessages.MONEY_TWO_LARGEST, CellMessages.MONEY_TWO_LARGEST_FIX),
    MONEY_UP_TO(CellMessages.MONEY_UP_TO, CellMessages.MONEY_UP_TO_FIX),
    MONEY_WORDS(CellMessages.MONEY_WORDS, CellMessages.MONEY_WORDS_FIX),
    NOT_STATED(CellMessages.NOT_STATED, CellMessages.NOT_STATED_FIX),
    NOT_STATED_ELSEWHERE(CellMessages.NOT_STATED_ELSEWHERE, CellMessages.NOT_STATED_ELSEWHERE_FIX),
    NUMBER_IN_DIGITS(CellMessages.NUMBER_IN_DIGITS, CellMessages.NUMBER_IN_DIGITS_FIX),
    NUMBER_SUCH_1500(CellMessages.NUMBER_SUCH_1500, CellMessages.NUMBER_SUCH_1500_FIX),
    NUMBER_TWICE(CellMessages.NUMBER_TWICE, CellMessages.NUMBER_TWICE_FIX),
    NUMBER_VAGUE(CellMessages.NUMBER_VAGUE, CellMessages.NUMBER_VAGUE_FIX),
    PERIOD_DATE(CellMessages.PERIOD_DATE, CellMessages.PERIOD_DATE_FIX),
    PERIOD_DATE_APPLICATIONS(CellMessages.PERIOD_DATE_APPLICATIONS, CellMessages.PERIOD_DATE_APPLICATIONS_FIX),
    PERIOD_DATE_COMPONENT(CellMessages.PERIOD_DATE_COMPONENT, CellMessages.PERIOD_DATE_COMPONENT_FIX),
    PLACES_COUNT_LENGTH(CellMessages.PLACES_COUNT_LENGTH, CellMessages.PLACES_COUNT_LENGTH_FIX),
    PLACES_RANGE(CellMessages.PLACES_RANGE, CellMessages.PLACES_RANGE_FIX),
    RANK_NOT_COUNT(CellMessages.RANK_NOT_COUNT, CellMessages.RANK_NOT_COUNT_FIX),
    RANK_OF_A_UNIT(CellMessages.RANK_OF_A_UNIT, CellMessages.RANK_OF_A_UNIT_FIX),
    RANGE_MIN_MAX(CellMessages.RANGE_MIN_MAX, CellMessages.RANGE_MIN_MAX_FIX),
    RATE_CAP(CellMessages.RATE_CAP, CellMessages.RATE_CAP_FIX),
    RATE_RANGE(CellMessages.RATE_RANGE, CellMessages.RATE_RANGE_FIX),
    RATE_WORDS(CellMessages.RATE_WORDS, CellMessages.RATE_WORDS_FIX),
    REGION_EXCEPT(CellMessages.REGION_EXCEPT, CellMessages.REGION_EXCEPT_FIX),
    RELATIVE_DATE(CellMessages.RELATIVE_DATE, CellMessages.RELATIVE_DATE_FIX),
    RELATIVE_DATE_COMPONENT(CellMessages.RELATIVE_DATE_COMPONENT, CellMessages.RELATIVE_DATE_COMPONENT_FIX),
    ROLLING_DATE(CellMessages.ROLLING_DATE, CellMessages.ROLLING_DATE_FIX),
    SESSION_TIMES(CellMessages.SESSION_TIMES, CellMessages.SESSION_TIMES_FIX),
    SHARE_IN_AMOUNT(CellMessages.SHARE_IN_AMOUNT, CellMessages.SHARE_IN_AMOUNT_FIX),
    TRUE_FALSE_YES(CellMessages.TRUE_FALSE_YES, CellMessages.TRUE_FALSE_YES_FIX),
    UNSET_DATE(CellMessages.UNSET_DATE, CellMessages.UNSET_DATE_FIX),
    WHOLE_NUMBER_SUCH(CellMessages.WHOLE_NUMBER_SUCH, CellMessages.WHOLE_NUMBER_SUCH_FIX),
    YEARS_FROM_MONTHS(CellMessages.YEARS_FROM_MONTHS, CellMessages.YEARS_FROM_MONTHS_FIX),
    YEARS_NOT_WHOLE(CellMessages.YEARS_NOT_WHOLE, CellMessages.YEARS_NOT_WHOLE_FIX),
    YES_NO_NOTES(CellMessages.YES_NO_NOTES, CellMessages.YES_NO_NOTES_FIX);

    /** What the cell should hold and why it does not. */
    private final CellMessages expected;
    /** What to do about the cell. */
    private final CellMessages fix;

    Refusal(CellMessages expected, CellMessages fix) {
        this.expected = expected;
        this.fix = fix;
    }

    /** The message's words of what the cell should hold. */
    CellMessages expected() {
        return expected;
    }

    /** The words of what to do. */
    CellMessages fix() {
        return fix;
    }
}
