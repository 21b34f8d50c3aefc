package org.opdl.model.stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opdl.model.data.DataTable;
import org.opdl.model.data.DefinitionException;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Nearest;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.MatchKind;
import org.opdl.model.vocab.Vocabulary;

/**
 * Maps the words providers use for career stages ("emerging and mid-level", "relève",
 * "tous niveaux") to stages of the reference scale, each mapping marked exact or close. Wording
 * that names several stages is split on "and", "et", "or", "ou", "to", "à", commas, slashes and
 * ampersands. A part that maps to nothing is reported as unmapped with the nearest known wordings;
 * it is never guessed.
 *
 * <p>Every wording is mapped afresh (providers rarely write the same one twice), so the folded
 * labels and the candidates for "did you mean" are worked out once, when the crosswalk is made.
 */
public final class Crosswalk {

    private static final Pattern SPLIT = Pattern.compile(
            "\\s*(?:[,/&;+]|\\s(?:and|et|or|ou|to|à|a|through|jusqu'à)\\s)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PEOPLE = Pattern.compile(
            "\\b(producers?|producteurs?|productrices?|filmmakers?|cineastes?|creators?|createurs?"
                    + "|creatrices?|talents?|artists?|artistes?)\\b");
    private static final Pattern NOUNS = Pattern.compile(
            "\\b(producers?|producteurs?|productrices?|filmmakers?|cineastes?|creators?|createurs?|createurs?"
                    + "|creatrices?|talents?|artists?|artistes?|level|levels|stage|stages)\\b");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<String, List<Entry>> entries;
    private final ConceptScheme scheme;
    /** Stage codes by the folded code or label (the first concept in scheme order wins). */
    private final Map<String, String> exact = new HashMap<>();
    /** Stage codes by folded alternative label, likewise. */
    private final Map<String, String> close = new HashMap<>();
    private final List<String> known;
    private final Nearest.Prepared candidates;

    /**
     * A crosswalk of the given wordings to the stages of a scheme.
     *
     * @param entries the known wordings, by folded key
     * @param scheme the career-stage scheme, whose labels and codes also map
     */
    public Crosswalk(Map<String, List<Entry>> entries, ConceptScheme scheme) {
        this.entries = Map.copyOf(entries);
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        for (Concept c : scheme.concepts()) {
            for (String label : Arrays.asList(c.code(), c.label().en(), c.label().fr())) {
                exact.putIfAbsent(Folding.fold(label), c.code());
            }
        }
        for (Concept c : scheme.concepts()) {
            for (Lang lang : Lang.values()) {
                for (String alt : c.altLabels(lang)) {
                    close.putIfAbsent(Folding.fold(alt), c.code());
                }
            }
        }
        Set<String> wordings = new LinkedHashSet<>();
        this.entries.values().forEach(list -> list.forEach(e -> wordings.add(e.wording())));
        for (Concept c : scheme.concepts()) {
            wordings.add(c.label().en());
            wordings.add(c.label().fr());
            wordings.addAll(c.altLabelsEn());
            wordings.addAll(c.altLabelsFr());
        }
        this.known = List.copyOf(wordings);
        this.candidates = Nearest.prepare(known);
    }

    /** The known wordings, by folded key. */
    public Map<String, List<Entry>> entries() {
        return entries;
    }

    /** The career-stage scheme, whose labels and codes also map. */
    public ConceptScheme scheme() {
        return scheme;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Crosswalk other && entries.equals(other.entries) && scheme.equals(other.scheme);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entries, scheme);
    }

    @Override
    public String toString() {
        return "Crosswalk[entries=" + entries + ", scheme=" + scheme + "]";
    }

    /**
     * One known wording and the stage it maps to.
     *
     * @param wording the wording as written in the crosswalk
     * @param lang its language
     * @param stage the stage's code
     * @param match whether the wording means exactly that stage or only comes close
     * @param note why the mapping holds
     */
    public record Entry(String wording, Lang lang, String stage, MatchKind match, String note) {
    }

    /**
     * A stage that a part of the wording names.
     *
     * @param part the part of the wording, as written
     * @param stage the stage's code
     * @param match exact or close
     */
    public record StageMatch(String part, String stage, MatchKind match) {
    }

    /**
     * A part of the wording that maps to no stage.
     *
     * @param part the part, as written
     * @param suggestions the nearest known wordings
     */
    public record Unmapped(String part, List<String> suggestions) {
    }

    /**
     * The outcome of mapping a wording.
     *
     * @param wording the wording mapped
     * @param matches the stages named, in scale order, each once with its strongest match
     * @param unmapped the parts that named no stage
     */
    public record Result(String wording, List<StageMatch> matches, List<Unmapped> unmapped) {

        /** Copies the lists. */
        public Result {
            matches = List.copyOf(matches);
            unmapped = List.copyOf(unmapped);
        }

        /** The stage codes named. */
        public Set<String> stages() {
            Set<String> out = new LinkedHashSet<>();
            matches.forEach(m -> out.add(m.stage()));
            return out;
        }
    }

    private static final class Standard {
        static final Crosswalk INSTANCE = load(Vocabulary.standard());
    }

    /** The crosswalk of this version of the standard. */
    public static Crosswalk standard() {
        return Standard.INSTANCE;
    }

    /** Maps a provider's wording to stages. */
    public Result map(String wording) {
        List<StageMatch> found = new ArrayList<>();
        List<Unmapped> unmapped = new ArrayList<>();
        List<StageMatch> whole = lookup(wording, wording);
        if (!whole.isEmpty()) {
            found.addAll(whole);
        } else {
            for (String part : SPLIT.split(wording.strip())) {
                if (part.isBlank()) {
                    continue;
                }
                List<StageMatch> m = lookup(part, part);
                if (m.isEmpty()) {
                    unmapped.add(new Unmapped(part, Nearest.among(part, candidates, 5)));
                }
                found.addAll(m);
            }
        }
        return new Result(wording, strongestInScaleOrder(found), unmapped);
    }

    /** Every wording the crosswalk knows, plus the scheme's labels. */
    public List<String> knownWordings() {
        return known;
    }

    private List<StageMatch> lookup(String part, String text) {
        String key = Folding.fold(text);
        String bare = SPACES.matcher(NOUNS.matcher(key).replaceAll(" ")).replaceAll(" ").strip();
        // "mid-level producers" must keep "level": try without the people nouns first, then without all nouns.
        String people = SPACES.matcher(PEOPLE.matcher(key).replaceAll(" ")).replaceAll(" ").strip();
        Set<String> keys = new LinkedHashSet<>(List.of(key, people, bare));
        keys.remove("");
        for (String k : keys) {
            List<Entry> hits = entries.get(k);
            if (hits != null) {
                return hits.stream().map(e -> new StageMatch(part, e.stage(), e.match())).toList();
            }
            String stage = exact.get(k);
            if (stage != null) {
                return List.of(new StageMatch(part, stage, MatchKind.EXACT));
            }
            stage = close.get(k);
            if (stage != null) {
                return List.of(new StageMatch(part, stage, MatchKind.CLOSE));
            }
        }
        return List.of();
    }

    private List<StageMatch> strongestInScaleOrder(List<StageMatch> found) {
        Map<String, StageMatch> best = new LinkedHashMap<>();
        for (String code : scheme.codes()) {
            for (StageMatch m : found) {
                if (m.stage().equals(code)) {
                    StageMatch prev = best.get(code);
                    if (prev == null || prev.match() == MatchKind.CLOSE && m.match() == MatchKind.EXACT) {
                        best.put(code, m);
                    }
                }
            }
        }
        return List.copyOf(best.values());
    }

    static Crosswalk load(Vocabulary vocabulary) {
        ConceptScheme scheme = vocabulary.scheme(CareerStageScale.SCHEME)
                .orElseThrow(() -> new DefinitionException("vocabulary/schemes.csv", 0, "no career-stage scheme"));
        Map<String, List<Entry>> entries = new LinkedHashMap<>();
        for (DataTable.Row row : DataTable.load("career-stage/crosswalk.csv").rows()) {
            String stage = row.required("stage");
            if (scheme.concept(stage).isEmpty()) {
                throw new DefinitionException(row.table(), row.line(), "unknown stage " + stage);
            }
            Optional<Lang> lang = Lang.fromTag(row.required("lang"));
            MatchKind match = switch (row.required("match")) {
                case "exact" -> MatchKind.EXACT;
                case "close" -> MatchKind.CLOSE;
                default -> throw new DefinitionException(row.table(), row.line(), "match must be exact or close");
            };
            Entry e = new Entry(row.required("wording"),
                    lang.orElseThrow(() -> new DefinitionException(row.table(), row.line(), "lang must be en or fr")),
                    stage, match, row.get("note"));
            entries.computeIfAbsent(Folding.fold(e.wording()), k -> new ArrayList<>()).add(e);
        }
        entries.replaceAll((k, v) -> List.copyOf(v));
        return new Crosswalk(entries, scheme);
    }
}
