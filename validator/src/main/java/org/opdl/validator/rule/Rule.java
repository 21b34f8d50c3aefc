package org.opdl.validator.rule;

/**
 * One check of the catalogue, with a stable id. Rules are pure: they read the listing they are given
 * and report through an {@link Emitter}; they do no I/O and keep no state between calls, except the
 * compact per-file state a {@link DatasetRule} asks for.
 */
public sealed interface Rule permits RecordRule, DatasetRule, SchemaRule, ReaderRule {

    /** The rule's id, default severity and layer. */
    RuleInfo info();

    /** The rule's id. */
    default String id() {
        return info().id();
    }
}
