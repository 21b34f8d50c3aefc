package org.opdl.schema.cell;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opdl.model.text.Folding;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;

/**
 * Target groups named by the people they hold, as calls for applications write them: "Deaf and
 * disabled artists", "artistes sourds et handicapés", "personnes autochtones, noires et de couleur"
 * (PANDC spelled out), or spelled out with their acronym ("…, noires et de couleur (PANDC)"). The
 * noun ("artists", "personnes", "créateurs") belongs to every group of the list, so each group is
 * looked up alone and, in French, after "personnes" ("de couleur" as "personnes de couleur"), French
 * endings of gender and number set aside. Read only when a noun or an acronym was set aside and
 * every group names one concept; an acronym in brackets must name one of the groups read. An
 * acronym written with dots ("P.A.N.D.C.") is read as without them, and a group in inclusive
 * spelling ("racisé·e·s", "créateur·rice·s autochtones") as in plain words ({@link InclusiveSpellings}).
 */
final class GroupNouns {

    /** The scheme whose concepts are groups of people. */
    static final String SCHEME = "target-group";

    private static final Pattern ACRONYM = Pattern.compile("\\s*\\(([^()]{2,20})\\)$");
    private static final Pattern TRAILING_NOUN = Pattern.compile("\\s+(?:artists|creators|creatives|producers|filmmakers"
            + "|storytellers|media makers|people|persons|professionals)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_NOUN = Pattern.compile("^(?:personnes|artistes|cinéastes|créateurs et créatrices"
            + "|créatrices et créateurs|créateurs|créatrices|producteurs et productrices|productrices et producteurs"
            + "|producteurs|productrices)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARTS = Pattern.compile(",|\\s(?:and|et|&)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern LETTERS_WITH_DOTS = Pattern.compile("(?:\\p{L}\\.){2,}");
    /** How French names a group by its people, tried before a group that is no label alone. */
    private static final String PEOPLE_FR = "personnes ";
    /** Marks a key found in two concepts: it names neither. */
    private static final String SHARED = "";

    private final Vocabulary vocabulary;
    private Map<String, String> keys;

    GroupNouns(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The codes of the groups {@code v} names by their people or spells out; empty when it names none that way. */
    Optional<List<String>> codes(String v) {
        // "racisé(e)s" first, so that its "(e)" is not taken for an acronym in brackets.
        String rest = InclusiveSpellings.collapse(v.strip());
        boolean inclusive = !rest.equals(v.strip());
        Matcher acronym = ACRONYM.matcher(rest);
        String bracketed = null;
        if (acronym.find()) {
            bracketed = acronym.group(1);
            rest = rest.substring(0, acronym.start());
        }
        String bare = LEADING_NOUN.matcher(TRAILING_NOUN.matcher(rest).replaceFirst("")).replaceFirst("");
        boolean noun = inclusive || !bare.equals(rest);
        rest = bare;
        if (!noun && bracketed == null && !LETTERS_WITH_DOTS.matcher(rest).find()) {
            return Optional.empty();
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String part : PARTS.split(rest)) {
            if (part.isBlank()) {
                continue;
            }
            Optional<String> code = code(part);
            if (code.isEmpty()) {
                return Optional.empty();
            }
            codes.add(code.get());
        }
        if (codes.isEmpty() || bracketed != null && !code(bracketed).filter(codes::contains).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(codes));
    }

    private Optional<String> code(String group) {
        Map<String, String> index = index();
        String c = index.get(key(group));
        if (c == null) {
            c = index.get(key(PEOPLE_FR + group));
        }
        return Optional.ofNullable(c).filter(x -> !x.equals(SHARED));
    }

    private Map<String, String> index() {
        if (keys == null) {
            Map<String, String> out = new HashMap<>();
            vocabulary.scheme(SCHEME).map(ConceptScheme::concepts).orElse(List.of()).forEach(c -> labels(c)
                    .forEach(label -> out.merge(key(label), c.code(), (a, b) -> a.equals(b) ? a : SHARED)));
            keys = Map.copyOf(out);
        }
        return keys;
    }

    /** A label's words, folded, without French endings of gender and number; "P.A.N.D.C." as "pandc". */
    static String key(String text) {
        String t = LETTERS_WITH_DOTS.matcher(text.strip()).replaceAll(m -> m.group().replace(".", ""));
        return Stream.of(Folding.fold(t).split(" ")).map(GroupNouns::stem).collect(Collectors.joining(" "));
    }

    private static String stem(String word) {
        String w = OneConcept.stem(word);
        return w.endsWith("e") && w.length() > 4 ? w.substring(0, w.length() - 1) : w;
    }

    private static Stream<String> labels(Concept c) {
        return Stream.of(Stream.of(c.code(), c.label().en(), c.label().fr()), c.altLabelsEn().stream(),
                c.altLabelsFr().stream()).flatMap(s -> s);
    }
}
