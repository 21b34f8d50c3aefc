package org.opdl.validator.match;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The groups a producer belongs to by where they live and the languages they work in, as the
 * target-group scheme defines them: official-language minority communities ({@code olmc}) are
 * francophones outside Quebec and English speakers in Quebec, and francophones ({@code francophone})
 * are people whose working language is French. A profile gives both facts, so a producer of such a
 * community need not also name the group, as a producer within a program's ages need not name youth.
 */
final class GroupsByLanguage {

    private static final String QUEBEC = "CA-QC";

    private GroupsByLanguage() {
    }

    /**
     * The key of the words saying why the producer belongs to one of the reserved groups, or empty
     * when the profile's region and languages place them in none of them.
     */
    static Optional<String> reason(Profile profile, List<String> reserved) {
        boolean french = works(profile, "fr");
        boolean inQuebec = QUEBEC.equals(profile.region());
        if (reserved.contains("olmc") && french && !inQuebec) {
            return Optional.of("groups.reserved.olmc.french");
        }
        if (reserved.contains("olmc") && works(profile, "en") && inQuebec) {
            return Optional.of("groups.reserved.olmc.english");
        }
        if (reserved.contains("francophone") && french) {
            return Optional.of("groups.reserved.francophone");
        }
        return Optional.empty();
    }

    /** True when one of the profile's working languages is {@code language}, whatever its region subtag ({@code fr-CA}). */
    private static boolean works(Profile profile, String language) {
        return profile.languages().stream()
                .anyMatch(tag -> tag.split("-", 2)[0].toLowerCase(Locale.ROOT).equals(language));
    }
}
