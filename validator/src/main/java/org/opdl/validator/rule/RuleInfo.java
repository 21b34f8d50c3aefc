package org.opdl.validator.rule;

import java.util.Objects;
import java.util.regex.Pattern;
import org.opdl.model.finding.Severity;

/**
 * What identifies a rule: its stable id, its default severity and its layer. The words that go with
 * it (title, meaning, message, fix) live in the message bundles, keyed by the id; see {@link Messages}.
 *
 * @param id the stable id, {@code opdl.<area>.<name>}
 * @param severity the severity findings get unless the user overrides it
 * @param layer the layer the rule belongs to
 */
public record RuleInfo(String id, Severity severity, Layer layer) {

    private static final Pattern ID = Pattern.compile("opdl\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");

    /** Checks the id's form. */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(layer, "layer");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must look like opdl.area.name: " + id);
        }
    }
}
