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
            out.add(new Text("completed works, credits and years of practice cannot be negative",
                    "les œuvres terminées, les crédits et les années de pratique ne peuvent pas être négatifs"));
        }
        if (credits > completedWorks) {
            out.add(new Text("credits (" + credits + ") cannot be more than completed works (" + completedWorks
                    + "): every professional credit is on a completed work",
                    "les crédits (" + credits + ") ne peuvent pas dépasser les œuvres terminées (" + completedWorks
                    + ") : chaque crédit professionnel porte sur une œuvre terminée"));
        }
        if (age.isPresent() && (age.getAsInt() < 0 || age.getAsInt() > 130)) {
            out.add(new Text("age " + age.getAsInt() + " is not an age", "l'âge " + age.getAsInt() + " n'est pas un âge"));
        }
        Vocabulary vocabulary = Vocabulary.standard();
        for (String r : workRegion.map(w -> List.of(String.valueOf(region), w)).orElse(List.of(String.valueOf(region)))) {
            if (!r.startsWith("CA-") || vocabulary.concept("region", r).isEmpty()) {
                out.add(new Text("region " + r + " is not a Canadian province or territory code such as CA-QC or CA-ON",
                        "la région " + r + " n'est pas un code de province ou de territoire canadien comme CA-QC ou CA-ON"));
            }
        }
        Set<String> iso = Set.of(Locale.getISOLanguages());
        for (String l : languages) {
            String primary = l.split("-", 2)[0].toLowerCase(Locale.ROOT);
            if (!iso.contains(primary)) {
                out.add(new Text("language " + l + " is not a language code such as en or fr",
                        "la langue " + l + " n'est pas un code de langue comme en ou fr"));
            }
        }
        if (languages.isEmpty()) {
            out.add(new Text("give at least one language you work in, such as en or fr",
                    "indiquez au moins une langue de travail, comme en ou fr"));
        }
        for (String g : targetGroups) {
            if (vocabulary.concept("target-group", g).isEmpty()) {
                out.add(new Text("target group " + g + " is not a code of the target-group scheme (opdl vocab target-group lists them)",
                        "le groupe visé " + g + " n'est pas un code du vocabulaire des groupes visés (opdl vocab target-group les énumère)"));
            }
        }
        if (budget.isPresent() && budget.get().signum() < 0) {
            out.add(new Text("the budget cannot be negative", "le budget ne peut pas être négatif"));
        }
        return out;
    }
}
