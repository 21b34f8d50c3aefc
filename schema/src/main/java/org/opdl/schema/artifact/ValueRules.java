package org.opdl.schema.artifact;

import java.math.BigDecimal;
import java.util.Optional;
import org.opdl.model.data.DefinitionException;
import org.opdl.model.definition.FieldDefinition;

/**
 * The lexical rules of each value type, written once for both the JSON Schema and the SHACL
 * shapes. The patterns use only what ECMA-262 (JSON Schema) and XPath (SHACL) regular expressions
 * share: no lookaround, no non-capturing groups.
 */
final class ValueRules {

    /** Something other than white space: forbids empty and blank strings. */
    static final String NOT_BLANK = "\\S";
    /** A BCP 47 language tag, in the simple form providers use (en, fr, iu, fr-CA). */
    static final String LANGUAGE = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$";
    /** An email address with one @ and a dotted domain. */
    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    /** A telephone number: an optional +, then digits, spaces and the usual separators. */
    static final String PHONE = "^\\+?[0-9][0-9 ().-]{5,}[0-9]$";
    /** An absolute http or https URL. */
    static final String URL = "^https?://\\S+$";
    /** An absolute https IRI, which every listing and provider id expands to. */
    static final String HTTPS_IRI = "^https://\\S+$";
    /** A listing id: an https IRI or {@code listing:<provider>/<local>}. */
    static final String LISTING_ID = "^(https://\\S+|listing:[a-z0-9][a-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._~-]*)$";
    /** A provider id: an https IRI or {@code provider:<code>}. */
    static final String PROVIDER_ID = "^(https://\\S+|provider:[a-z0-9][a-z0-9-]*)$";
    /** An ISO 8601 calendar date. */
    static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    /** An ISO 8601 date and time with seconds and an offset from UTC. */
    static final String DATE_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$";
    /** An xsd:duration: years, months, days, then time; weeks are written as days. */
    static final String DURATION = "^P([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?$";
    /** An ISO 4217 currency code. */
    static final String CURRENCY = "^[A-Z]{3}$";
    /** An ISO 3166-1 alpha-2 country code. */
    static final String COUNTRY = "^[A-Z]{2}$";

    private ValueRules() {
    }

    /**
     * The pattern of a decimal written as a string: plain notation, no exponent, no sign when the
     * minimum is zero or more, and no more than 1 when the field is a rate from 0 to 1.
     */
    static String decimal(FieldDefinition f) {
        Optional<BigDecimal> min = f.min();
        Optional<BigDecimal> max = f.max();
        boolean unsigned = min.isPresent() && min.get().signum() >= 0;
        if (max.isPresent()) {
            if (unsigned && min.get().signum() == 0 && max.get().compareTo(BigDecimal.ONE) == 0) {
                return "^(0(\\.[0-9]+)?|1(\\.0+)?)$";
            }
            throw new DefinitionException("listing/", 0, f.path() + ": a decimal can be bounded above only as a rate from 0 to 1");
        }
        return "^" + (unsigned ? "" : "-?") + "(0|[1-9][0-9]*)(\\.[0-9]+)?$";
    }

    /** The pattern of an identifier field, from its IRI space. */
    static String id(FieldDefinition f) {
        return f.scheme().map(s -> s.equals("listing") ? LISTING_ID : PROVIDER_ID).orElse(HTTPS_IRI);
    }
}
