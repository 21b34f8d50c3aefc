package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The one table of built-in rules, in catalogue order: syntax, structure, vocabulary, then the
 * semantic rules by area. Adding a rule means adding a line here, its words to the message bundles
 * and its conformance cases; the tests fail until all three exist.
 */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /** A registry of every built-in rule. */
    public static RuleRegistry registry() {
        List<Rule> all = new ArrayList<>(ReaderRules.all());
        all.addAll(List.of(
                new UnknownPropertyRule(),
                new RequiredRule(),
                new TypeRule(),
                new FormatRule(),
                new EmptyRule(),
                new RangeRule(),
                new InvalidRule(),
                new UnknownCodeRule(),
                new LabelAsCodeRule(),
                new DeprecatedCodeRule(),
                new StageMissingRule(),
                new StageEligibilityRule(),
                new StageWordingMismatchRule(),
                new StageWordingUnmappedRule(),
                new StageAllRule(),
                new DatesOrderRule(),
                new DatesOpensAfterDeadlineRule(),
                new DatesDeadlineAfterStartRule(),
                new DatesDeadlinePassedRule(),
                new DatesStaleRule(),
                new DatesDurationRule(),
                new MoneyCurrencyRule(),
                new MoneyRangeRule(),
                new MoneyStipendRule(),
                new DeliveryLocationRule(),
                new DeliveryStreetRule(),
                new EligibilityRangeRule(),
                new DuplicateIdRule(),
                new OrganizationConflictRule(),
                new DuplicateListingRule(),
                new OneLanguageRule(),
                new PlaceholderRule(),
                new AllCapsRule(),
                new ShortDescriptionRule(),
                new ControlCharactersRule(),
                new MojibakeRule(),
                new MixedScriptRule(),
                new NotNfcRule(),
                new InsecureLinkRule(),
                new MalformedUrlRule(),
                new IriRule(),
                new MalformedEmailRule()));
        return RuleRegistry.of(all);
    }
}
