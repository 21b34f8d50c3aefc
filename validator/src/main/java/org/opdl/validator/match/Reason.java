package org.opdl.validator.match;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;

/**
 * The reason of a check, kept as the key of its words and their arguments and put into sentences
 * only when it is read. Most listings do not fit and are only counted, so their reasons are never
 * read: formatting them, in two languages, for every check of every listing was a fifth of a
 * match's time.
 */
public sealed interface Reason {

    /** The reason in English and French. */
    Text text();

    /** The words of {@code key} in the match bundle, filled with {@code args} (a reason among them is read first). */
    static Reason of(String key, Object... args) {
        return new Sentence(key, List.of(args));
    }

    /** The labels of codes in a scheme, joined as a sentence lists them. */
    static Reason labels(String scheme, List<String> codes) {
        return new Labels(scheme, List.copyOf(codes));
    }

    /** The labels of codes of which one is asked for, lower-case and joined by the language's "or". */
    static Reason either(String scheme, List<String> codes) {
        return new Either(scheme, List.copyOf(codes));
    }

    /** The labels of career stages, lower-case and joined as a sentence lists them. */
    static Reason stages(List<String> codes) {
        return new StageNames(List.copyOf(codes));
    }

    /** The names of languages from their tags, joined as a sentence says them. */
    static Reason languages(List<String> tags) {
        return new LanguageNames(List.copyOf(tags));
    }

    /** A reason already in words. */
    static Reason said(Text text) {
        return new Said(text);
    }

    /**
     * Words of the bundle, not yet formatted.
     *
     * @param key the key in the bundle
     * @param args its arguments
     */
    record Sentence(String key, List<Object> args) implements Reason {
        @Override
        public Text text() {
            List<Object> read = new ArrayList<>(args.size());
            for (Object a : args) {
                read.add(a instanceof Reason r ? r.text() : a);
            }
            return Words.text(key, read.toArray());
        }
    }

    /**
     * Labels of codes, not yet looked up.
     *
     * @param scheme the concept scheme
     * @param codes the codes
     */
    record Labels(String scheme, List<String> codes) implements Reason {
        @Override
        public Text text() {
            return Words.labels(scheme, codes);
        }
    }

    /**
     * Labels of codes of which one is asked for, not yet looked up.
     *
     * @param scheme the concept scheme
     * @param codes the codes
     */
    record Either(String scheme, List<String> codes) implements Reason {
        @Override
        public Text text() {
            return Words.either(scheme, codes);
        }
    }

    /**
     * Labels of career stages, not yet looked up.
     *
     * @param codes the stages' codes
     */
    record StageNames(List<String> codes) implements Reason {
        @Override
        public Text text() {
            return Words.stages(codes);
        }
    }

    /**
     * Names of languages, not yet looked up.
     *
     * @param tags the language tags
     */
    record LanguageNames(List<String> tags) implements Reason {
        @Override
        public Text text() {
            return Words.languages(tags);
        }
    }

    /**
     * A count of a figure with its noun, singular or plural by each language's rule ("0 credits",
     * "0 crédit"), not yet put into words.
     *
     * @param figure the figure's key prefix in the bundle, such as {@code credits}
     * @param count the count
     */
    record Count(String figure, long count) implements Reason {
        @Override
        public Text text() {
            return new Text(number(Lang.EN).en(), number(Lang.FR).fr());
        }

        private Text number(Lang lang) {
            return Words.text(figure + (lang.singular(count) ? ".one" : ".other"), count);
        }
    }

    /**
     * An amount in dollars, put in words as each language writes it ("$1,500", "1 500 $") when read.
     *
     * @param amount the amount
     */
    record Dollars(BigDecimal amount) implements Reason {
        @Override
        public Text text() {
            return Figures.dollars(amount);
        }
    }

    /**
     * Words already written.
     *
     * @param text the words
     */
    record Said(Text text) implements Reason {
    }
}
