package org.opdl.validator.match;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.opdl.model.stage.ProducerRecord;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Vocabulary;

/**
 * A producer's profile: the figures of their record, where they live, the languages they work in,
 * the groups they belong to, what they can pay and the date they look on.
 *
 * @param completedWorks completed works as producer
 * @param credits professional producing credits
 * @param years years of professional practice
 * @param region the province or territory of residence, as an ISO 3166-2 code ({@code CA-QC})
 * @param workRegion the province or territory they work in, when it is not where they live
 * @param languages the languages they work in, as BCP 47 tags
 * @param targetGroups the target groups they belong to, as codes of the target-group scheme
 * @param budget the most they can pay, in Canadian dollars, if they say
 * @param age their age, if they say
 * @param date the day they look on
 */
public record Profile(int completedWorks, int credits, int years, String region, Optional<String> workRegion,
        List<String> languages, List<String> targetGroups, Optional<BigDecimal> budget, OptionalInt age, LocalDate date) {

    /** Copies the lists. */
    public Profile {
        languages = List.copyOf(languages);
        targetGroups = List.copyOf(targetGroups);
    }

    /** The figures the career-stage scale classifies. */
    public ProducerRecord record() {
        return new ProducerRecord(completedWorks, credits, years);
    }

    /**
     * What is wrong with the profile, in plain words: impossible figures and codes the standard
     * does not know. Empty when it can be matched.
     */
    public List<Text> problems() {
        List<Text> out = new ArrayList<>();
        if (completedWorks < 0 || credits < 0 || years < 0) {
            out.add(MatchMessages.PROFILE_COMPLETED_WORKS_CREDITS.text());
        } else if (credits > completedWorks) {
            // a negative count is told once: "credits (0) cannot be more than completed works (-1)" would follow from the slip
            out.add(MatchMessages.PROFILE_CREDITS_CANNOT_MORE.text(credits, completedWorks));
        }
        if (age.isPresent() && (age.getAsInt() < 1 || age.getAsInt() > 130)) {
            // 0 is what a box left at its start says, never a producer's age
            out.add(MatchMessages.PROFILE_AGE_NOT_AGE.text(age.getAsInt()));
        }
        Vocabulary vocabulary = Vocabulary.standard();
        for (String r : workRegion.map(w -> List.of(String.valueOf(region), w)).orElse(List.of(String.valueOf(region)))) {
            if (!r.startsWith("CA-") || vocabulary.concept("region", r).isEmpty()) {
                out.add(MatchMessages.PROFILE_REGION_NOT_CANADIAN.text(r));
            }
        }
        Set<String> iso = Set.of(Locale.getISOLanguages());
        for (String l : languages) {
            String primary = l.split("-", 2)[0].toLowerCase(Locale.ROOT);
            if (!iso.contains(primary)) {
                out.add(MatchMessages.PROFILE_LANGUAGE_NOT_LANGUAGE.text(l));
            }
        }
        if (languages.isEmpty()) {
            out.add(MatchMessages.PROFILE_GIVE_LEAST_ONE.text());
        }
        for (String g : targetGroups) {
            if (vocabulary.concept("target-group", g).isEmpty()) {
                out.add(MatchMessages.PROFILE_TARGET_GROUP_NOT.text(g, vocabulary.scheme("target-group").orElseThrow().codes()));
            }
        }
        if (budget.isPresent() && budget.get().signum() < 0) {
            out.add(MatchMessages.PROFILE_BUDGET_CANNOT_NEGATIVE.text());
        }
        return out;
    }
}
