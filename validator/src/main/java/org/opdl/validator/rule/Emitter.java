package org.opdl.validator.rule;

/**
 * Where rules report what they find. The validator turns each report into a finding: it formats the
 * rule's message template with the arguments in English and French, locates the pointer in the
 * source and applies the user's severity overrides.
 */
@FunctionalInterface
public interface Emitter {

    /**
     * Reports one problem.
     *
     * @param rule the rule reporting
     * @param variant the message variant (a suffix of the message key), or empty for the main one
     * @param pointer the JSON pointer of the field inside the listing ({@code ""} for the listing)
     * @param args the template's arguments; a {@code Text} argument is used in the reader's language
     */
    void emit(RuleInfo rule, String variant, String pointer, Object... args);
}
