package org.opdl.validator.landscape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Severity;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.internal.check.Fingerprints;
import org.opdl.validator.internal.check.Unicode;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.Standard;

/**
 * Gathers the landscape's figures while a validation run checks the listings: hand it to
 * {@link ValidationRun#observe}, then call {@link #landscape()}. It keeps counters, and a 64-bit
 * fingerprint of each id to tell a program given again in another file, so its memory grows by a few
 * bytes a listing; distinct wordings and providers are kept up to a bound, past which the report says
 * it is incomplete.
 */
public final class LandscapeTally implements ValidationRun.ListingObserver {

    /** The most distinct stage wordings kept. */
    static final int MAX_WORDINGS = 2_000;
    /** The most providers kept; later ones are counted together. */
    static final int MAX_PROVIDERS = 1_000;
    /** The provider key under which providers past the bound are counted. */
    static final String OTHER_PROVIDERS = "…";

    private final Standard standard;
    private final List<String> stages;
    private final List<String> provinces;
    private final List<String> types;
    private long listings;
    private long included;
    private final Map<String, Long> excluded = new TreeMap<>();
    private final Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    private final Map<String, Long> notStated = new HashMap<>();
    private final Map<String, Map<String, Long>> regionOpen = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> regionAll = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> typeOpen = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> typeAll = new LinkedHashMap<>();
    private final Map<String, long[]> fees = new HashMap<>();
    private final Set<String> frenchOpen = new LinkedHashSet<>();
    private final Set<String> frenchAll = new LinkedHashSet<>();
    private long open;
    private long openByDates;
    private long pastDeadline;
    /** The ids of the listings counted, by fingerprint, to tell a program given again in another file. */
    private final Fingerprints ids = new Fingerprints();
    private long repeated;
    private long mentoring;
    private long early;
    private long staged;
    private long worded;
    private boolean wordingsComplete = true;
    private final Map<String, long[]> wordingCounts = new LinkedHashMap<>();
    private final Map<String, List<String>> wordingStages = new HashMap<>();
    private final Map<String, long[]> providers = new LinkedHashMap<>();
    /** The first name given for each provider kept, by language tag. */
    private final Map<String, Map<String, String>> providerNames = new HashMap<>();
    private final Map<String, Map<String, EnumMap<Facts.Completeness, Long>>> providerFacts = new HashMap<>();

    /** A tally for listings of this standard. */
    public LandscapeTally(Standard standard) {
        this.standard = standard;
        this.stages = standard.scale().codes();
        this.provinces = standard.vocabulary().scheme("region").orElseThrow().codes().stream()
                .filter(c -> c.startsWith("CA-")).toList();
        this.types = standard.vocabulary().scheme("program-type").orElseThrow().codes();
        for (String d : Facts.DIMENSIONS) {
            counts.put(d, new LinkedHashMap<>());
        }
        for (String s : stages) {
            regionOpen.put(s, zeros(provinces));
            regionAll.put(s, zeros(provinces));
            typeOpen.put(s, zeros(types));
            typeAll.put(s, zeros(types));
        }
    }

    @Override
    public void checked(Listing listing, List<Finding> findings) {
        listings++;
        Set<String> errors = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                errors.add(f.ruleId());
            }
        }
        Facts facts = Facts.of(listing);
        quality(facts, errors.isEmpty());
        if (!errors.isEmpty()) {
            errors.forEach(r -> excluded.merge(r, 1L, Long::sum));
            return;
        }
        included++;
        // One file cannot hold an id twice without an error; a second file can, and its copy is said.
        Optional<String> id = listing.string("/id");
        if (id.isPresent() && ids.putIfAbsent(Fingerprints.of(Unicode.nfc(id.get().strip())), 0) >= 0) {
            repeated++;
        }
        facts.values().forEach((d, codes) -> {
            if (codes.isEmpty()) {
                notStated.merge(d, 1L, Long::sum);
            }
            codes.forEach(c -> counts.get(d).merge(c, 1L, Long::sum));
        });
        if (facts.open()) {
            open++;
        }
        if (facts.pastDeadline()) {
            pastDeadline++;
        }
        if (facts.openByDates()) {
            openByDates++;
        }
        if (facts.values().get("program-type").stream().anyMatch(Comparisons.MENTORING::contains)) {
            mentoring++;
        }
        if (!facts.stages().isEmpty()) {
            staged++;
            if (facts.stages().stream().anyMatch(Comparisons.EARLY::contains)) {
                early++;
            }
        }
        Set<String> cost = facts.values().get("cost");
        boolean french = facts.values().get("working-language").stream().anyMatch(t -> t.equals("fr") || t.startsWith("fr-"));
        for (String region : provinces) {
            if (facts.serves(region) && french) {
                frenchAll.add(region);
                if (facts.open()) {
                    frenchOpen.add(region);
                }
            }
        }
        for (String stage : facts.stages()) {
            if (!regionAll.containsKey(stage)) {
                continue;
            }
            long[] f = fees.computeIfAbsent(stage, k -> new long[4]);
            boolean fee = cost.contains("fee");
            f[0]++;
            f[1] += fee ? 1 : 0;
            if (facts.open()) {
                f[2]++;
                f[3] += fee ? 1 : 0;
            }
            for (String region : provinces) {
                if (facts.serves(region)) {
                    regionAll.get(stage).merge(region, 1L, Long::sum);
                    if (facts.open()) {
                        regionOpen.get(stage).merge(region, 1L, Long::sum);
                    }
                }
            }
            for (String type : facts.values().get("program-type")) {
                if (typeAll.get(stage).containsKey(type)) {
                    typeAll.get(stage).merge(type, 1L, Long::sum);
                    if (facts.open()) {
                        typeOpen.get(stage).merge(type, 1L, Long::sum);
                    }
                }
            }
        }
        wordings(facts);
    }

    private void wordings(Facts facts) {
        if (facts.wordings().isEmpty()) {
            return;
        }
        worded++;
        facts.wordings().forEach((lang, text) -> {
            String key = lang + '\u0000' + text.strip();
            long[] n = wordingCounts.get(key);
            if (n == null) {
                if (wordingCounts.size() >= MAX_WORDINGS) {
                    wordingsComplete = false;
                    return;
                }
                n = new long[1];
                wordingCounts.put(key, n);
                wordingStages.put(key, List.copyOf(standard.mapWording(text).stages()));
            }
            n[0]++;
        });
    }

    private void quality(Facts facts, boolean passing) {
        String key = providers.containsKey(facts.provider()) || providers.size() < MAX_PROVIDERS
                ? facts.provider() : OTHER_PROVIDERS;
        long[] p = providers.computeIfAbsent(key, k -> new long[2]);
        if (!facts.providerName().isEmpty() && !key.equals(OTHER_PROVIDERS)) {
            providerNames.putIfAbsent(key, facts.providerName());
        }
        p[0]++;
        p[1] += passing ? 1 : 0;
        Map<String, EnumMap<Facts.Completeness, Long>> byFact = providerFacts.computeIfAbsent(key, k -> new HashMap<>());
        facts.completeness().forEach((fact, c) -> byFact
                .computeIfAbsent(fact, k -> new EnumMap<>(Facts.Completeness.class)).merge(c, 1L, Long::sum));
    }

    /** The figures of the listings seen so far. */
    public Landscape landscape() {
        List<Landscape.Distribution> distributions = new ArrayList<>();
        for (String d : Facts.DIMENSIONS) {
            distributions.add(new Landscape.Distribution(d, included, ordered(d, counts.get(d)), notStated.getOrDefault(d, 0L)));
        }
        Landscape.Gaps gaps = new Landscape.Gaps(open, openByDates, pastDeadline, new Landscape.Matrix(regionOpen, regionAll),
                new Landscape.Matrix(typeOpen, typeAll), feeOnly(3, 2), feeOnly(1, 0),
                provinces.stream().filter(r -> !frenchOpen.contains(r)).toList(),
                provinces.stream().filter(r -> !frenchAll.contains(r)).toList());
        return new Landscape(listings, included, repeated, excluded, distributions, gaps, stageWordings(), quality(),
                Comparisons.of(included, mentoring, early, staged));
    }

    private List<String> feeOnly(int feeIndex, int countIndex) {
        return stages.stream().filter(s -> {
            long[] f = fees.get(s);
            return f != null && f[countIndex] > 0 && f[feeIndex] == f[countIndex];
        }).toList();
    }

    /** Codes in the order of their scheme, then any other code in the order met. */
    private Map<String, Long> ordered(String dimension, Map<String, Long> found) {
        List<String> order = switch (dimension) {
            case "career-stage", "admitted-stage" -> stages;
            case "cost" -> Facts.COSTS;
            case "working-language" -> List.of();
            default -> standard.vocabulary().scheme(dimension).map(s -> s.codes()).orElse(List.of());
        };
        Map<String, Long> out = new LinkedHashMap<>();
        order.forEach(c -> out.put(c, found.getOrDefault(c, 0L)));
        found.entrySet().stream().filter(e -> !out.containsKey(e.getKey()))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private Landscape.StageWordings stageWordings() {
        List<Landscape.Wording> all = new ArrayList<>();
        wordingCounts.forEach((key, n) -> {
            int cut = key.indexOf('\u0000');
            all.add(new Landscape.Wording(key.substring(cut + 1), key.substring(0, cut), n[0], wordingStages.get(key)));
        });
        all.sort(Comparator.comparingLong(Landscape.Wording::listings).reversed().thenComparing(Landscape.Wording::text));
        Map<String, List<Landscape.Wording>> byStage = new LinkedHashMap<>();
        for (String s : stages) {
            byStage.put(s, all.stream().filter(w -> w.stages().contains(s)).toList());
        }
        List<Landscape.Wording> unmapped = all.stream().filter(w -> w.stages().isEmpty()).toList();
        return new Landscape.StageWordings(worded, all.size(), all.size() - unmapped.size(), byStage, unmapped,
                wordingsComplete);
    }

    private Landscape.Quality quality() {
        List<Landscape.ProviderQuality> out = new ArrayList<>();
        Map<String, EnumMap<Facts.Completeness, Long>> total = new HashMap<>();
        long passing = 0;
        for (Map.Entry<String, long[]> p : providers.entrySet()) {
            passing += p.getValue()[1];
            Map<String, EnumMap<Facts.Completeness, Long>> byFact = providerFacts.get(p.getKey());
            byFact.forEach((fact, m) -> m.forEach((c, n) -> total
                    .computeIfAbsent(fact, k -> new EnumMap<>(Facts.Completeness.class)).merge(c, n, Long::sum)));
            out.add(new Landscape.ProviderQuality(p.getKey(), providerNames.getOrDefault(p.getKey(), Map.of()), p.getValue()[0],
                    p.getValue()[1], completeness(byFact)));
        }
        out.sort(Comparator.comparingLong(Landscape.ProviderQuality::listings).reversed()
                .thenComparing(Landscape.ProviderQuality::provider));
        return new Landscape.Quality(listings, passing, out, completeness(total));
    }

    private static Map<String, Landscape.Completeness> completeness(Map<String, EnumMap<Facts.Completeness, Long>> byFact) {
        Map<String, Landscape.Completeness> out = new LinkedHashMap<>();
        for (String fact : Facts.KEY_FACTS) {
            EnumMap<Facts.Completeness, Long> m = byFact.getOrDefault(fact, new EnumMap<>(Facts.Completeness.class));
            out.put(fact, new Landscape.Completeness(m.getOrDefault(Facts.Completeness.STATED, 0L),
                    m.getOrDefault(Facts.Completeness.NONE, 0L), m.getOrDefault(Facts.Completeness.NOT_STATED, 0L)));
        }
        return out;
    }

    private static Map<String, Long> zeros(List<String> codes) {
        Map<String, Long> m = new LinkedHashMap<>();
        codes.forEach(c -> m.put(c, 0L));
        return m;
    }
}
