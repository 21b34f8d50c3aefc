package org.opdl.schema.cell;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Concept;

/**
 * The forms a spreadsheet in one language writes its values in: the labels of its workbook's
 * dropdowns, and what its template's example row shows. A French template writes labels, language
 * names, yes/no as {@code oui}/{@code non}, a duration in words ({@code 6 mois}) and a last update as
 * its day; an English one writes codes and the standard's forms. The writers write these forms
 * and the readers read them back without a note, since they are the designed input, not a guess.
 *
 * @param lang the language of the sheet's headings, or null when they do not tell, so that no
 *     form is the sheet's own and every reading is stated
 */
public record SheetForms(Lang lang) {

    /** A sheet whose headings do not tell its language. */
    public static final SheetForms UNKNOWN = new SheetForms(null);

    private static final Pattern ONE_UNIT = Pattern.compile("P(\\d{1,9})([YMWD])");
    private static final Map<String, String> FRENCH_UNITS = Map.of("Y", "ans", "M", "mois", "W", "semaines", "D", "jours");
    private static final Map<String, String> FRENCH_UNIT = Map.of("Y", "an", "M", "mois", "W", "semaine", "D", "jour");

    /** The forms of a sheet headed in {@code lang}. */
    public static SheetForms of(Lang lang) {
        return new SheetForms(lang);
    }

    /** True in French, whose template writes labels, words and days rather than codes and ISO forms. */
    private boolean inWords() {
        return lang == Lang.FR;
    }

    /** The label a dropdown offers for {@code concept}; its code where no language is known. */
    public String label(Concept concept) {
        return lang == null ? concept.code() : concept.label().in(lang);
    }

    /** True when {@code written} is the label the sheet's dropdown offers for {@code concept}. */
    public boolean offers(Concept concept, String written) {
        return lang != null && !concept.deprecated() && concept.label().in(lang).equals(written);
    }

    /** How the sheet's template writes a yes/no: {@code oui}/{@code non} in French, else {@code true}/{@code false}. */
    public String yesNo(boolean value) {
        if (inWords()) {
            return value ? "oui" : "non";
        }
        return Boolean.toString(value);
    }

    /** How the sheet's template writes a language: by its name in French, else by its tag. */
    public String language(String tag) {
        return inWords() ? Locale.forLanguageTag(tag).getDisplayLanguage(lang.locale()) : tag;
    }

    /** How the sheet's template writes a duration of one unit: in words in French ({@code 6 mois}), else as written. */
    public String duration(String iso) {
        Matcher m = ONE_UNIT.matcher(iso);
        if (!inWords() || !m.matches()) {
            return iso;
        }
        boolean one = lang.singular(Long.parseLong(m.group(1)));
        return m.group(1) + " " + (one ? FRENCH_UNIT : FRENCH_UNITS).get(m.group(2));
    }

    /** True when the sheet's template writes a date and time as its day alone, as the French one does. */
    public boolean writesDays() {
        return inWords();
    }
}
