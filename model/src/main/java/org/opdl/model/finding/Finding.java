package org.opdl.model.finding;

import java.util.Objects;
import java.util.regex.Pattern;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;

/**
 * One thing a reader or the validator noticed about a listing or a file. Findings are immutable
 * values; their fields follow SHACL's {@code sh:ValidationResult} and SARIF's {@code result}.
 *
 * @param ruleId the stable id of the rule, such as {@code opdl.dates.order}
 * @param severity how serious it is
 * @param location where it is, in the source's own terms
 * @param message what is wrong, in English and French
 * @param fix what to do about it, in English and French
 */
public record Finding(String ruleId, Severity severity, Location location, Text message, Text fix) {

    private static final Pattern RULE_ID = Pattern.compile("opdl(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    /** Checks that the rule id has the stable {@code opdl.<area>.<name>} form. */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        if (!RULE_ID.matcher(ruleId).matches()) {
            throw new IllegalArgumentException("rule id must look like opdl.area.name: " + ruleId);
        }
    }

    /** The same finding with another severity, for {@code --rule ID=LEVEL} overrides. */
    public Finding withSeverity(Severity other) {
        return new Finding(ruleId, other, location, message, fix);
    }

    /** The message in one language. */
    public String message(Lang lang) {
        return message.in(lang);
    }

    /** A compact projection for tests and logs: {@code ERROR opdl.dates.order /intakes/0/end}. */
    public String compact() {
        return severity + " " + ruleId + " " + location.pointer();
    }
}
