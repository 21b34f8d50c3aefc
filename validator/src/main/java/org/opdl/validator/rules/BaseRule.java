package org.opdl.validator.rules;

import org.opdl.model.finding.Severity;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.RuleInfo;

/** What every built-in rule shares: its identity and shorthands for reporting. */
abstract class BaseRule {

    private final RuleInfo info;

    BaseRule(String id, Severity severity, Layer layer) {
        this.info = new RuleInfo(id, severity, layer);
    }

    public final RuleInfo info() {
        return info;
    }

    final void report(Emitter out, String pointer, Object... args) {
        out.emit(info, "", pointer, args);
    }

    final void reportAs(Emitter out, String variant, String pointer, Object... args) {
        out.emit(info, variant, pointer, args);
    }

    @Override
    public String toString() {
        return info.id();
    }
}
