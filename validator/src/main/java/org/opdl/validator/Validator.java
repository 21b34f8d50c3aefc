package org.opdl.validator;

import java.util.ArrayList;
import java.util.List;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Nearest;
import org.opdl.model.text.Text;
import org.opdl.schema.artifact.Artifact;
import org.opdl.schema.format.Limits;
import org.opdl.validator.internal.schema.SchemaLayer;
import org.opdl.validator.rule.DatasetRule;
import org.opdl.validator.rule.Messages;
import org.opdl.validator.rule.ReaderRule;
import org.opdl.validator.rule.RecordRule;
import org.opdl.validator.rule.Rule;
import org.opdl.validator.rule.RuleRegistry;
import org.opdl.validator.rule.SchemaRule;
import org.opdl.validator.rule.Standard;
import org.opdl.validator.rules.BuiltInRules;

/**
 * Checks OPDL listings in four layers (syntax, structure, vocabulary, semantics) and reports what
 * it finds. A validator is immutable and can run many times; each {@link ValidationRun} checks one
 * or more files, streaming their listings through a pool of worker threads.
 *
 * <pre>{@code
 * Validator v = Validator.standard(ValidationOptions.defaults(LocalDate.now()));
 * try (ValidationRun run = v.start()) {
 *     run.file("listings.json", reader, in);
 *     Report report = run.finish();
 * }
 * }</pre>
 */
public final class Validator {

    private final RuleRegistry registry;
    private final Checker checker;
    private final ValidationOptions options;

    /**
     * A validator with the given rules and reference data.
     *
     * @param registry the rules to run
     * @param standard the reference data rules consult
     * @param schemaIri the {@code $id} of the listing JSON Schema, read from the classpath
     * @param options how to run
     * @throws RuleOptionException when the options name a rule that is not in the registry, or turn
     *     off or lower a rule whose finding means a file could not be read
     */
    public Validator(RuleRegistry registry, Standard standard, String schemaIri, ValidationOptions options) {
        this.registry = registry;
        this.options = options;
        requireKnown(registry, options.severities().keySet());
        requireKnown(registry, options.disabled());
        requireAdjustable(registry, options);
        List<RecordRule> records = new ArrayList<>(registry.ofKind(RecordRule.class));
        List<DatasetRule> datasets = new ArrayList<>(registry.ofKind(DatasetRule.class));
        records.removeIf(r -> options.disabled().contains(r.id()));
        datasets.removeIf(r -> options.disabled().contains(r.id()));
        this.checker = new Checker(standard, schemaIri, records, datasets, registry.ofKind(SchemaRule.class),
                registry.messages(), options);
    }

    /** A validator with the built-in rules and this version of the standard. */
    public static Validator standard(ValidationOptions options) {
        RuleRegistry rules = BuiltInRules.registry();
        // The schema gate before the standard's tables: after a preload, which reads the tables first,
        // this thread compiles the gate while the preload thread is still reading them.
        SchemaLayer.preload(options.limits().regexTime());
        return new Validator(rules, Standard.standard(), Artifact.JSON_SCHEMA.iri(), options);
    }

    /**
     * Starts reading the standard's reference data (vocabulary, scale, field definitions, messages)
     * on a background thread, so that a command line can be parsed meanwhile; a later
     * {@link #standard} finds it ready. Reading it is most of a cold start. A failure here is left
     * for that later call to meet and report.
     */
    public static void preload() {
        Thread t = new Thread(() -> {
            try {
                Standard.standard();
                Messages.standard();
                BuiltInRules.registry();
                SchemaLayer.preload(Limits.DEFAULT.regexTime());
            } catch (RuntimeException | LinkageError e) {
                // The same failure surfaces, with its message, when the validator is built.
            }
        }, "opdl-preload");
        t.setDaemon(true);
        t.start();
    }

    /** The rules this validator knows, enabled or not. */
    public RuleRegistry registry() {
        return registry;
    }

    /** Starts a run over one or more files; close it to stop its threads. */
    public ValidationRun start() {
        return new ValidationRun(checker, options, registry);
    }

    /**
     * Checks that the options neither turn off nor lower a rule whose finding means a file could
     * not be read: such a file must never pass.
     */
    static void requireAdjustable(RuleRegistry registry, ValidationOptions options) {
        for (ReaderRule r : registry.ofKind(ReaderRule.class)) {
            Severity s = options.severities().get(r.id());
            boolean off = options.disabled().contains(r.id());
            if (r.stopsFile() && (off || s != null && s != Severity.ERROR)) {
                String to = off ? "off" : s.code();
                throw new RuleOptionException(ValidatorMessages.VALIDATOR_RULE_REFUSED_FINDING.text(r.id(), to));
            }
        }
    }

    /** Checks that every id names a rule, suggesting the nearest id otherwise. */
    public static void requireKnown(RuleRegistry registry, Iterable<String> ids) {
        List<String> all = registry.all().stream().map(Rule::id).toList();
        for (String id : ids) {
            if (!registry.contains(id)) {
                List<String> near = Nearest.among(id, all, 1);
                Text hint = near.isEmpty() ? ValidatorMessages.VALIDATOR_OPDL_RULES_LISTS.text()
                        : ValidatorMessages.VALIDATOR_DID_YOU_MEAN.text(near.get(0));
                throw new RuleOptionException(ValidatorMessages.VALIDATOR_UNKNOWN_RULE_ID.text(id, hint));
            }
        }
    }
}
