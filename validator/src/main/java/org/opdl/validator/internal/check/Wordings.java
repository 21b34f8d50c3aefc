package org.opdl.validator.internal.check;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opdl.model.stage.Crosswalk;
import org.opdl.validator.rule.Listing;

/**
 * The stage wordings of a listing, each mapped through the crosswalk. Two rules read the same
 * mappings, and wordings rarely repeat across listings, so the standard's memo seldom holds them:
 * the mappings are worked out once per listing and shared.
 */
public final class Wordings {

    private Wordings() {
    }

    /** The mapping of each stage wording, by language tag, in the listing's order. */
    public static Map<String, Crosswalk.Result> of(Listing listing) {
        return listing.derived(Wordings.class, Wordings::map);
    }

    private static Map<String, Crosswalk.Result> map(Listing listing) {
        Map<String, Crosswalk.Result> out = new LinkedHashMap<>();
        listing.text("/stageWording").forEach((lang, wording) -> out.put(lang, listing.standard().mapWording(wording)));
        return out;
    }
}
