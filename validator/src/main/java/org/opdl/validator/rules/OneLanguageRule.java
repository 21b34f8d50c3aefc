package org.opdl.validator.rules;

import java.util.List;
import java.util.Locale;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RecordRule;

/** {@code opdl.text.one-language}: the title or description is given in English or French only, a regional tag ({@code fr-CA}) counting as its language. */
final class OneLanguageRule extends BaseRule implements RecordRule {

    private static final List<String> FIELDS = List.of("/title", "/description");
    /** The languages by name in the message's language: a coordinator reads "anglais", not the tag « en ». */
    private static final Text ENGLISH = name(Locale.ENGLISH);
    private static final Text FRENCH = name(Locale.FRENCH);

    OneLanguageRule() {
        super("opdl.text.one-language", Severity.INFO, Layer.SEMANTIC);
    }

    @Override
    public void check(Listing listing, Emitter out) {
        for (String pointer : FIELDS) {
            boolean en = false;
            boolean fr = false;
            // A regional tag is its language: a title in fr-CA is in French.
            for (String tag : listing.text(pointer).keySet()) {
                Lang lang = Lang.fromTag(tag).orElse(null);
                en |= lang == Lang.EN;
                fr |= lang == Lang.FR;
            }
            if (en != fr) {
                report(out, pointer, en ? ENGLISH : FRENCH, en ? FRENCH : ENGLISH);
            }
        }
    }

    /** The language's name in English and in French, as the JDK's locale data give it ("English", "anglais"). */
    private static Text name(Locale language) {
        return new Text(language.getDisplayLanguage(Locale.ENGLISH), language.getDisplayLanguage(Locale.FRENCH));
    }
}
