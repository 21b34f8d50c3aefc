package org.opdl.validator.match;

import tools.jackson.databind.JsonNode;

/** What a listing says it does not have, in its {@code statedNone} codes ({@code no-fees}, {@code no-age-limit}…). */
final class Stated {

    private Stated() {
    }

    /** True when the listing states the explicit none {@code code}. */
    static boolean none(JsonNode listing, String code) {
        for (JsonNode c : listing.path("statedNone")) {
            if (c.asString("").equals(code)) {
                return true;
            }
        }
        return false;
    }
}
