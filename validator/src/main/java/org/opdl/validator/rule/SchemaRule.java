package org.opdl.validator.rule;

import java.util.Set;

/**
 * A rule that turns one kind of JSON Schema error into a plain finding. The structure layer runs
 * the published schema once per listing and hands each error to the rule that claims its keyword.
 */
public non-sealed interface SchemaRule extends Rule {

    /** The JSON Schema keywords whose errors this rule explains, such as {@code required}. */
    Set<String> keywords();

    /** Reports one schema error in plain words. */
    void explain(SchemaError error, Listing listing, Emitter out);
}
