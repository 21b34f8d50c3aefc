package org.opdl.validator.match;

import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** The languages a program works in against those of the profile; a regional tag ({@code fr-CA}) counts as its language. */
final class Languages implements Criterion {

    @Override
    public void check(JsonNode listing, Profile profile, List<Match.Check> out) {
        List<String> langs = Audience.codes(listing.path("workingLanguages"));
        if (langs.isEmpty()) {
            out.add(new Match.Check("language", Match.Outcome.UNKNOWN, Reason.of("language.unknown"), false));
            return;
        }
        boolean shared = langs.stream().anyMatch(x -> profile.languages().stream().anyMatch(p -> primary(x).equals(primary(p))));
        out.add(new Match.Check("language", shared ? Match.Outcome.FITS : Match.Outcome.DOES_NOT_FIT, shared
                ? Reason.of("language.fits", Reason.languages(langs))
                : Reason.of("language.misses", Reason.languages(langs), Reason.languages(profile.languages())), false));
    }

    private static String primary(String tag) {
        return tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
    }
}
