package org.opdl.model.stage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * Maps the words providers use for career stages ("emerging and mid-level", "de la relève à
 * mi-carrière", "tous niveaux") to stages of the reference scale, each mapping marked exact or
 * close. The stage wordings are data ({@code career-stage/crosswalk.csv} and the scale's labels),
 * and so are the other words a wording uses, with their roles ({@code career-stage/wording-words.csv}):
 * fillers and people nouns, list and range words, "all stages", negations and criteria. Reading
 * handles parentheses, slashes and lists, plural, feminine and inclusive forms, ranges ("emerging to
 * mid-career") and open ranges ("early-career and up"). A stretch with words the tables do not know
 * is reported as unmapped with the nearest known wordings; numbers and negations are left to the
 * eligibility bounds; nothing is guessed, so a wording that names no stage maps to nothing.
 *
 * <p>Every wording is read afresh (providers rarely write the same one twice), so the tables and
 * the candidates for "did you mean" are worked out once, when the crosswalk is made.
 */
public final class Crosswalk {

    /** The schemes whose labels qualify the people in a wording (Indigenous producers, Ontario-based). */
    private static final List<String> QUALIFIERS = List.of("target-group", "region");

    private final Map<String, List<Entry>> entries;
    private final ConceptScheme scheme;
    private final List<String> known;
    private final Nearest.Prepared candidates;
    private final WordingReader reader;

    /**
     * A crosswalk of the given wordings to the stages of a scheme, reading the other words of a
     * wording with the standard's table of words.
     *
     * @param entries the known wordings, by folded key
     * @param scheme the career-stage scheme, whose labels and codes also map
     */
    public Crosswalk(Map<String, List<Entry>> entries, ConceptScheme scheme) {
        this(entries, scheme, DataTable.load(WordingLexicon.WORDS), List.of());
    }

    private Crosswalk(Map<String, List<Entry>> entries, ConceptScheme scheme, DataTable words, List<String> qualifiers) {
        this.entries = Map.copyOf(entries);
        this.scheme = Objects.requireNonNull(scheme, "scheme");
        WordingLexicon lexicon = new WordingLexicon();
        this.entries.values().forEach(list -> list.forEach(
                e -> lexicon.stage(e.wording(), new WordingLexicon.Sense(e.stage(), e.match()), false)));
        for (Concept c : scheme.concepts()) {
            for (String label : Arrays.asList(c.code(), c.label().en(), c.label().fr())) {
                lexicon.stage(label, new WordingLexicon.Sense(c.code(), MatchKind.EXACT), true);
            }
        }
        for (Concept c : scheme.concepts()) {
            for (Lang lang : Lang.values()) {
                for (String alt : c.altLabels(lang)) {
                    lexicon.stage(alt, new WordingLexicon.Sense(c.code(), MatchKind.CLOSE), true);
                }
            }
        }
        lexicon.roles(words);
        qualifiers.forEach(lexicon::qualifier);
        this.reader = new WordingReader(lexicon, scheme.codes());
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
     * @param part the part of the wording, as written: a stage word, or a whole range such as
     *     "emerging to mid-career"
     * @param stage the stage's code
     * @param match exact or close
     */
    public record StageMatch(String part, String stage, MatchKind match) {
    }

    /**
     * A part of the wording with words the crosswalk does not know.
     *
     * @param part the part, as written
     * @param suggestions the nearest known wordings
     */
    public record Unmapped(String part, List<String> suggestions) {
    }

    /**
     * The outcome of reading a wording.
     *
     * @param wording the wording read
     * @param matches the stages named, in scale order, each once with its strongest match
     * @param unmapped the parts with unknown words, which named no stage
     * @param criteria the parts read as eligibility criteria (numbers, credits, experience,
     *     negations), which name no stage and are left to the eligibility bounds
     */
    public record Result(String wording, List<StageMatch> matches, List<Unmapped> unmapped, List<String> criteria) {

        /** Copies the lists. */
        public Result {
            matches = List.copyOf(matches);
            unmapped = List.copyOf(unmapped);
            criteria = List.copyOf(criteria);
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

    /** Reads a provider's wording and maps it to stages. */
    public Result map(String wording) {
        String text = wording == null ? "" : wording;
        WordingReader.Reading reading = reader.read(text);
        Map<String, StageMatch> best = new LinkedHashMap<>();
        for (WordingGroup g : reading.groups()) {
            String part = text.substring(g.start(), g.end()).strip();
            g.ranks().forEach((rank, kind) -> {
                String code = scheme.codes().get(rank);
                StageMatch prev = best.get(code);
                if (prev == null || prev.match() == MatchKind.CLOSE && kind == MatchKind.EXACT) {
                    best.put(code, new StageMatch(part, code, kind));
                }
            });
        }
        List<StageMatch> matches = scheme.codes().stream().filter(best::containsKey).map(best::get).toList();
        List<Unmapped> unmapped = new ArrayList<>();
        for (WordingReader.Span s : reading.unmapped()) {
            String part = text.substring(s.start(), s.end()).strip();
            unmapped.add(new Unmapped(part, Nearest.among(part, candidates, 5)));
        }
        List<String> criteria = reading.criteria().stream()
                .map(s -> text.substring(s.start(), s.end()).strip()).toList();
        return new Result(wording, matches, unmapped, criteria);
    }

    /** Every wording the crosswalk knows, plus the scheme's labels. */
    public List<String> knownWordings() {
        return known;
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
        List<String> qualifiers = new ArrayList<>();
        for (String id : QUALIFIERS) {
            vocabulary.scheme(id).ifPresent(groups -> groups.concepts().forEach(c -> {
                qualifiers.add(c.label().en());
                qualifiers.add(c.label().fr());
                qualifiers.addAll(c.altLabelsEn());
                qualifiers.addAll(c.altLabelsFr());
            }));
        }
        return new Crosswalk(entries, scheme, DataTable.load(WordingLexicon.WORDS), qualifiers);
    }
}
