package org.opdl.model.finding;

import java.util.Locale;
import java.util.Optional;

/**
 * How serious a finding is. The three levels match SHACL's {@code sh:Violation},
 * {@code sh:Warning} and {@code sh:Info}, and SARIF's {@code error}, {@code warning} and
 * {@code note}. They are declared from most to least serious.
 */
public enum Severity {
    /** The listing does not conform to the standard. */
    ERROR("sh:Violation", "error"),
    /** The listing conforms but is probably wrong. */
    WARNING("sh:Warning", "warning"),
    /** A change that would make the listing more useful. */
    INFO("sh:Info", "note");

    private final String shacl;
    private final String sarif;

    Severity(String shacl, String sarif) {
        this.shacl = shacl;
        this.sarif = sarif;
    }

    /** The SHACL severity this level corresponds to, as a prefixed name. */
    public String shacl() {
        return shacl;
    }

    /** The SARIF 2.1.0 {@code level} this severity corresponds to. */
    public String sarif() {
        return sarif;
    }

    /** The lower-case name used on the command line and in JSON reports. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is as serious as {@code threshold} or more. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    /** The severity named by a code such as {@code error}, regardless of case. */
    public static Optional<Severity> fromCode(String code) {
        for (Severity s : values()) {
            if (s.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
