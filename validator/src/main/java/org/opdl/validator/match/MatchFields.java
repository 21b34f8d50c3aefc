package org.opdl.validator.match;

import java.util.Set;

/**
 * The top-level fields of a listing that matching reads. A reader told to keep only these
 * (see {@code ListingReader.keeping}) builds no node for the others (descriptions, locations,
 * contacts…), which are three fifths of a listing's bytes and were half of a match's
 * reading time. {@code type} and {@code standardVersion} are kept for the dataset's own line.
 */
public final class MatchFields {

    /** The fields every criterion, the ranking and the answer read, and those that tell a dataset line and its version. */
    public static final Set<String> NAMES = Set.of("id", "type", "standardVersion", "title", "provider", "url", "status",
            "intakes", "eligibility", "eligibilityAlternatives", "streams", "careerStages", "statedNone", "workingLanguages",
            "fees", "stipend", "subsidy", "award", "prizes", "recurrence", "participationUnit", "partners", "lastUpdated");

    private MatchFields() {
    }
}
