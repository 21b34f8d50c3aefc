package org.opdl.validator.match;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;

/**
 * How one listing matches a profile.
 *
 * @param id the listing's id
 * @param title its title, by language tag
 * @param provider its provider's name, by language tag
 * @param partners the names of the organizations that deliver it with the provider, each by language tag
 * @param url its web page
 * @param deadline its next application deadline on the profile's date, if it states one
 * @param deadlinePlace where the edition of that deadline is held, in words, if its intake says
 * @param status its status code
 * @param verdict fits, near miss or does not fit
 * @param checks each criterion with its outcome and reason
 */
public record Match(String id, Map<String, String> title, Map<String, String> provider, List<Map<String, String>> partners, String url,
        Optional<LocalDate> deadline, Optional<Text> deadlinePlace, String status, Verdict verdict, List<Check> checks) {

    /** Copies the collections. */
    public Match {
        title = Map.copyOf(title);
        provider = Map.copyOf(provider);
        partners = partners.stream().map(Map::copyOf).toList();
        checks = List.copyOf(checks);
    }

    /** The verdict on a listing. */
    public enum Verdict {
        /** Every stated criterion fits; some may be unknown. */
        FITS,
        /** It does not fit only by one work, credit or year. */
        NEAR_MISS,
        /** A criterion does not fit. */
        DOES_NOT_FIT
    }

    /** The outcome of one criterion. */
    public enum Outcome {
        /** The profile meets it. */
        FITS,
        /** The profile does not meet it. */
        DOES_NOT_FIT,
        /** The listing does not state it. */
        UNKNOWN
    }

    /**
     * One criterion checked.
     *
     * @param criterion what is checked: {@code credits}, {@code region}, {@code language}…
     * @param outcome fits, does not fit, or unknown
     * @param said why, put in plain words when read
     * @param near true when it does not fit by one work, credit or year only
     */
    public record Check(String criterion, Outcome outcome, Reason said, boolean near) {

        /** Why, in plain words. */
        public Text reason() {
            return said.text();
        }
    }

    /** The criteria whose outcome is unknown. */
    public long unknowns() {
        return checks.stream().filter(c -> c.outcome() == Outcome.UNKNOWN).count();
    }

    /** Its provider's name, and those of its partners after it ("CMPA, with PictureNL"), in {@code lang}. */
    public String providers(Lang lang) {
        String name = in(provider, lang.tag());
        if (partners.isEmpty()) {
            return name;
        }
        Text with = Words.listed(partners.stream().map(p -> new Text(in(p, "en"), in(p, "fr"))).toList());
        return name + MatchMessages.MATCH_TEXT_PARTNERS.text(with).in(lang);
    }

    /** A text in the language asked, or any other when the listing lacks it. */
    public static String in(Map<String, String> text, String lang) {
        String t = text.get(lang);
        return t != null ? t : text.values().stream().findFirst().orElse("");
    }
}
