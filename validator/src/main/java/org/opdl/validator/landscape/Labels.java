package org.opdl.validator.landscape;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.opdl.model.text.Bundle;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Vocabulary;

/**
 * The words of the landscape report in one language: its sentences from the {@code landscape}
 * message bundle, the labels of codes from the standard's vocabulary, and numbers and shares as that
 * language writes them.
 */
final class Labels {

    private final Lang lang;
    private final ResourceBundle bundle;
    private final Vocabulary vocabulary = Vocabulary.standard();
    private final NumberFormat numbers;

    Labels(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("org.opdl.validator.landscape.landscape", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.numbers = NumberFormat.getIntegerInstance(lang.locale());
    }

    Lang lang() {
        return lang;
    }

    /**
     * A sentence of the bundle with its arguments. A word that agrees with a count is written
     * {@code {0|listing|listings}}, as in every OPDL bundle, and takes the singular when the language
     * does ({@link Lang#singular}: 1 in English, 0 and 1 in French); numbers are then grouped by
     * MessageFormat, as the language writes them.
     */
    String text(String key, Object... args) {
        // Every pattern goes through MessageFormat, so every apostrophe in the bundles is doubled.
        return new MessageFormat(Bundle.agreeing(bundle.getString(key), lang, args), lang.locale()).format(args);
    }

    String dimension(String dimension) {
        return text("dimension." + dimension);
    }

    /** The label of a code of a dimension: the vocabulary's, the language's name, or the report's own. */
    String code(String dimension, String code) {
        String scheme = switch (dimension) {
            case "career-stage", "admitted-stage" -> "career-stage";
            case "cost", "working-language" -> "";
            default -> dimension;
        };
        if (dimension.equals("cost")) {
            return text("cost." + code);
        }
        if (dimension.equals("working-language")) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(lang.locale());
            return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
        }
        return vocabulary.concept(scheme, code).map(c -> c.label().in(lang)).orElse(code);
    }

    /** A count as the language writes it, with the grouping of its sentences: "10,000" or "10 000". */
    String number(long count) {
        return numbers.format(count);
    }

    /** A share written as a percentage, "45%" or "45 %". */
    String share(long count, long base) {
        if (base == 0) {
            return "–";
        }
        NumberFormat f = NumberFormat.getPercentInstance(lang.locale());
        f.setMaximumFractionDigits(0);
        return f.format((double) count / base).replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /**
     * The comparison's sentence: what the industry report found, what this dataset shows, and why they
     * differ; or, for a share of no listing, that there is nothing to set beside the report's figure.
     */
    String comparison(Landscape.Comparison c) {
        String key = "comparison." + c.id() + (!c.comparable() ? ".none" : c.agrees() ? ".agrees" : ".differs");
        return text(key, c.count(), c.base(), share(c.count(), c.base()));
    }

    /** The comparison's verdict: agrees, differs, or not comparable for a share of no listing. */
    String verdict(Landscape.Comparison c) {
        return text(!c.comparable() ? "comparison.none" : c.agrees() ? "comparison.agrees" : "comparison.differs");
    }
}
