package org.opdl.validator.match;

import org.opdl.schema.cell.TypedDollars;
import tools.jackson.databind.JsonNode;

/** A producer's budget as a profile gives it: a JSON number as it is, or text typed as people write dollars. */
final class Budgets {

    private Budgets() {
    }

    /** The budget of a profile's field: a JSON number as it is, text as {@link TypedDollars#read} reads it. */
    static TypedDollars.Typed of(JsonNode budget) {
        if (budget.isNumber()) {
            return new TypedDollars.Read(budget.decimalValue());
        }
        return budget.isString() ? TypedDollars.read(budget.asString()) : new TypedDollars.NotANumber();
    }
}
