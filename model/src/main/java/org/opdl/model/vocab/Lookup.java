package org.opdl.model.vocab;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Nearest;

/**
 * Finds the concepts a piece of text names: a code, a preferred label or an alternative label, in
 * either language, regardless of case, accents and spacing. When nothing matches it suggests the
 * nearest labels instead of guessing.
 */
public final class Lookup {

    private final Vocabulary vocabulary;

    /** A lookup over a vocabulary. */
    public Lookup(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** What a piece of text matched. */
    public enum Via {
        /** The concept's code. */
        CODE,
        /** The concept's preferred label. */
        LABEL,
        /** One of the concept's alternative labels. */
        ALT_LABEL
    }

    /**
     * One concept that the text names.
     *
     * @param concept the concept
     * @param via what the text matched
     * @param matched the label or code it matched, as written in the vocabulary
     * @param lang the language of the matched label, empty for a code
     */
    public record Match(Concept concept, Via via, String matched, Optional<Lang> lang) {
    }

    /**
     * The outcome of a lookup.
     *
     * @param query the text looked up
     * @param matches the concepts it names, best first
     * @param suggestions when nothing matched, the nearest labels and codes
     */
    public record Result(String query, List<Match> matches, List<String> suggestions) {

        /** Copies the lists. */
        public Result {
            matches = List.copyOf(matches);
            suggestions = List.copyOf(suggestions);
        }

        /** True when the text named at least one concept. */
        public boolean found() {
            return !matches.isEmpty();
        }
    }

    /** Looks the text up in one scheme, or in all schemes when none is given. */
    public Result find(String text, Optional<String> scheme) {
        String key = Folding.fold(text);
        List<Match> matches = new ArrayList<>();
        Set<String> candidates = new LinkedHashSet<>();
        for (ConceptScheme s : vocabulary.schemes()) {
            if (scheme.isPresent() && !scheme.get().equals(s.id())) {
                continue;
            }
            for (Concept c : s.concepts()) {
                Optional<Match> m = match(c, key);
                m.ifPresent(matches::add);
                candidates.add(c.code());
                candidates.add(c.label().en());
                candidates.add(c.label().fr());
                candidates.addAll(c.altLabelsEn());
                candidates.addAll(c.altLabelsFr());
            }
        }
        matches.sort((a, b) -> a.via().compareTo(b.via()));
        List<String> suggestions = matches.isEmpty() ? Nearest.among(text, candidates, 5) : List.of();
        return new Result(text, matches, suggestions);
    }

    private static Optional<Match> match(Concept c, String key) {
        if (Folding.fold(c.code()).equals(key)) {
            return Optional.of(new Match(c, Via.CODE, c.code(), Optional.empty()));
        }
        for (Lang lang : Lang.values()) {
            if (Folding.fold(c.label().in(lang)).equals(key)) {
                return Optional.of(new Match(c, Via.LABEL, c.label().in(lang), Optional.of(lang)));
            }
        }
        for (Lang lang : Lang.values()) {
            for (String alt : c.altLabels(lang)) {
                if (Folding.fold(alt).equals(key)) {
                    return Optional.of(new Match(c, Via.ALT_LABEL, alt, Optional.of(lang)));
                }
            }
        }
        return Optional.empty();
    }
}
