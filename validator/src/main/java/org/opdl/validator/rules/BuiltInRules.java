package org.opdl.validator.rules;

import java.util.ArrayList;
import java.util.List;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.ReaderRule;
import org.opdl.validator.rule.Rule;
import org.opdl.validator.rule.RuleInfo;
import org.opdl.validator.rule.RuleRegistry;

/**
 * The one table of built-in rules, in catalogue order: the rules the readers apply (listed once, in
 * {@link org.opdl.schema.format.ReaderRule}), then structure, vocabulary, and the semantic rules by
 * area. Adding a rule means adding a line here, its words to the message bundles
 * and its conformance cases; the tests fail until all three exist.
 */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    /** A registry of every built-in rule. */
    public static RuleRegistry registry() {
        List<Rule> all = new ArrayList<>();
        for (org.opdl.schema.format.ReaderRule r : org.opdl.schema.format.ReaderRule.values()) {
            all.add(new ReaderRule(new RuleInfo(r.id(), r.severity(), Layer.SYNTAX), r.stopsFile()));
        }
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
                new DatesClosedLaterIntakeRule(),
                new DatesStaleRule(),
                new DatesDurationRule(),
                new DurationRangeRule(),
                new DurationOutsideRangeRule(),
                new MoneyCurrencyRule(),
                new MoneyRangeRule(),
                new MoneyStipendRule(),
                new DeliveryLocationRule(),
                new DeliveryStreetRule(),
                new EditionPlaceRule(),
                new EligibilityRangeRule(),
                new StreamWithoutStagesRule(),
                new AlternativeNeverHoldsRule(),
                new CompletenessRule(),
                new DuplicateIdRule(),
                new TemplateExampleRule(),
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
