package org.opdl.validator.match;

import java.util.Locale;
import java.util.Set;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.finding.Location;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.schema.cell.CellReader;
import org.opdl.schema.cell.Readings;
import org.opdl.schema.cell.Unreadable;

/**
 * Reads the region, languages and target groups of a profile as the spreadsheet readers read the
 * listing's cells that hold them: by code, label or name in either language ({@code NU},
 * {@code Nunavut}, {@code QC}, {@code Québec}, {@code Î.-P.-É.}; {@code français}; {@code
 * Autochtones}); a target group also in the singular of its label ({@code newcomer}, {@code personne
 * noire}, {@link GroupForms}). What names nothing is kept as written, for the profile's check to refuse with its
 * own words.
 */
final class ProfileCodes {

    private static final FieldTree LISTING = FieldTree.listing();
    private static final Field RESIDENCE = LISTING.field("eligibility.residence").orElseThrow();
    private static final Field WORK_REGION = LISTING.field("eligibility.workRegion").orElseThrow();
    private static final Field LANGUAGES = LISTING.field("workingLanguages").orElseThrow();
    private static final Field GROUPS = LISTING.field("eligibility.targetGroups").orElseThrow();
    private static final Location PROFILE = new Location.Json("profile", -1, "", 0, 0);

    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final CellReader reader = new CellReader(new Readings());

    String region(String written) {
        return code(RESIDENCE, written);
    }

    String workRegion(String written) {
        return code(WORK_REGION, written);
    }

    String language(String written) {
        return code(LANGUAGES, written);
    }

    String targetGroup(String written) {
        String read = code(GROUPS, written);
        // "newcomer", « personne noire »: a person names her group in the singular, where its label is plural.
        return Vocabulary.standard().concept("target-group", read).isPresent() ? read : GroupForms.code(written).orElse(read);
    }

    /**
     * True when {@code written} names one language ({@code languages}) or one target group
     * ({@code targetGroups}) as a whole, spaces and all: {@code Personnes noires}, {@code Premières Nations}.
     */
    boolean namesOne(String list, String written) {
        if (list.equals("languages")) {
            return ISO_LANGUAGES.contains(language(written).split("-", 2)[0].toLowerCase(Locale.ROOT));
        }
        return Vocabulary.standard().concept("target-group", targetGroup(written)).isPresent();
    }

    private String code(Field field, String written) {
        try {
            return reader.read(field, written, PROFILE, finding -> { }).asString(written);
        } catch (Unreadable e) {
            return written;
        }
    }
}
