package org.opdl.schema.convert;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A deterministic generator of varied listings for round-trip tests and the benchmark: the same
 * seed always gives the same listings. Every optional field appears, intakes and locations come in
 * many numbers, and text mixes English and French with accents, quotes, pipes and line breaks.
 * {@code main(count, seed)} writes NDJSON to standard output for {@code bench/convert.sh}.
 */
public final class ListingCorpus {

    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final String[] CITIES = {"Montréal", "Toronto", "Vancouver", "Québec", "Halifax", "Iqaluit",
        "Winnipeg", "Saint-Boniface", "Whitehorse", "Moncton"};
    private static final String[] WORDS_EN = {"documentary", "producer", "lab", "pitch", "market", "series", "co-production",
        "financing", "\"story\"", "north", "Indigenous", "screen", "feature", "a|b", "back\\slash"};
    private static final String[] WORDS_FR = {"documentaire", "productrice", "laboratoire", "présentation", "marché", "série",
        "coproduction", "financement", "« récit »", "Nord", "autochtone", "écran", "long métrage", "œuvre", "été"};
    private static final String[] CURRENCIES = {"CAD", "USD", "EUR"};

    private final SplittableRandom random;
    private final Vocabulary vocabulary = Vocabulary.standard();

    /** A generator seeded with {@code seed}. */
    public ListingCorpus(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The own fields of a dataset, every one of them given: the context, the type mark, the version,
     * a publisher with an id, a website and a name with accents and typographic quotes in English and
     * French, a licence and a date with an offset.
     */
    public static ObjectNode datasetFields() {
        ObjectNode d = N.objectNode();
        d.put("@context", "https://w3id.org/opdl/context/0.2.jsonld");
        d.put("type", "Dataset");
        d.put("standardVersion", "0.2");
        ObjectNode p = d.putObject("publisher");
        p.put("id", "provider:reseau-ecran-nord");
        ObjectNode name = p.putObject("name");
        name.put("en", "Northern Screen Network — Île “Réseau” | Nunavut");
        name.put("fr", "Réseau de l'écran du Nord — « Île » été, Nunavut");
        p.put("website", "https://reseau-ecran-nord.example.ca/");
        d.put("license", "https://creativecommons.org/licenses/by/4.0/");
        d.put("generated", "2025-11-28T12:00:00-05:00");
        return d;
    }

    /** The next listing; its number {@code n} makes its id unique. */
    public ObjectNode next(long n) {
        ObjectNode l = N.objectNode();
        String provider = "prov" + (n % 97);
        l.put("id", "listing:" + provider + "/program-" + n);
        if (random.nextBoolean()) {
            l.put("type", "Listing");
        }
        ObjectNode p = l.putObject("provider");
        p.put("id", "provider:" + provider);
        p.set("name", text(2, 4, true, "Provider " + (n % 97), "Fournisseur " + (n % 97)));
        p.put("website", "https://" + provider + ".example.ca/");
        if (random.nextInt(3) > 0) {
            l.set("partners", orgs(1 + random.nextInt(3), "partner", n));
        }
        if (random.nextInt(3) > 0) {
            l.set("funders", orgs(1 + random.nextInt(2), "funder", n));
        }
        l.set("title", text(3, 8, false, null, null));
        l.set("description", text(10, 30, false, null, null));
        l.put("url", "https://" + provider + ".example.ca/programs/" + n + "?lang=fr&x=1");
        l.set("programTypes", codes("program-type", 1, 3));
        maybe(l, "topics", () -> codes("topic", 1, 4));
        maybe(l, "careerStages", () -> codes("career-stage", 1, 3));
        maybe(l, "stageWording", () -> text(2, 5, false, null, null));
        if (random.nextInt(4) > 0) {
            l.set("eligibility", eligibility());
        }
        l.put("participationUnit", code("participation-unit"));
        l.put("deliveryMode", code("delivery-mode"));
        if (random.nextInt(4) > 0) {
            ArrayNode locs = l.putArray("locations");
            int count = 1 + random.nextInt(random.nextInt(10) == 0 ? 12 : 3);
            for (int i = 0; i < count; i++) {
                ObjectNode loc = locs.addObject();
                loc.put("city", CITIES[random.nextInt(CITIES.length)] + (i > 0 ? " " + i : ""));
                if (random.nextBoolean()) {
                    loc.put("region", code("region"));
                }
                loc.put("country", random.nextInt(5) == 0 ? "FR" : "CA");
                if (random.nextBoolean()) {
                    loc.put("streetAddress", (100 + random.nextInt(900)) + ", rue Saint-Denis, bureau " + i);
                }
            }
        }
        ArrayNode langs = l.putArray("workingLanguages");
        langs.add(random.nextBoolean() ? "fr" : "en");
        if (random.nextBoolean()) {
            langs.add(langs.get(0).stringValue().equals("fr") ? "en" : "fr");
        }
        if (random.nextInt(6) == 0) {
            langs.add("iu");
        }
        maybe(l, "accessibility", () -> text(3, 8, false, null, null));
        ArrayNode intakes = l.putArray("intakes");
        int count = 1 + random.nextInt(random.nextInt(8) == 0 ? 10 : 3);
        for (int i = 0; i < count; i++) {
            ObjectNode in = intakes.addObject();
            int year = 2025 + i;
            int month = 1 + random.nextInt(9);
            if (random.nextBoolean()) {
                in.put("applicationOpens", String.format("%d-%02d-01", year, month));
            }
            in.put("applicationDeadline", String.format("%d-%02d-%02d", year, month + 1, 1 + random.nextInt(28)));
            if (random.nextInt(3) > 0) {
                in.put("startDate", String.format("%d-%02d-15", year, month + 2));
                in.put("endDate", String.format("%d-%02d-30", year, month + 3));
            }
            if (random.nextBoolean()) {
                in.put("places", 1 + random.nextInt(40));
            }
        }
        maybe(l, "duration", () -> N.stringNode("P" + (1 + random.nextInt(12)) + "M"));
        if (random.nextBoolean()) {
            ObjectNode tc = l.putObject("timeCommitment");
            tc.put("hoursPerWeek", (5 + random.nextInt(35)) + (random.nextBoolean() ? ".5" : ""));
            tc.put("mode", code("time-commitment"));
        }
        maybe(l, "recurrence", () -> N.stringNode(code("recurrence")));
        if (random.nextBoolean()) {
            ArrayNode fees = l.putArray("fees");
            for (int i = 0; i < 1 + random.nextInt(2); i++) {
                ObjectNode fee = fees.addObject();
                fee.put("feeType", code("fee-type"));
                fee.set("amount", money());
            }
        }
        if (random.nextBoolean()) {
            ObjectNode s = l.putObject("stipend");
            s.set("amount", money());
            s.put("period", code("stipend-period"));
        }
        if (random.nextBoolean()) {
            ObjectNode a = l.putObject("award");
            if (random.nextBoolean()) {
                a.set("amount", money());
            } else {
                a.set("minimum", money());
                a.set("maximum", money());
            }
        }
        if (random.nextBoolean()) {
            ObjectNode s = l.putObject("subsidy");
            s.put("rate", "0." + (10 + random.nextInt(90)));
            s.set("cap", money());
        }
        maybe(l, "moneyNotes", () -> text(4, 12, false, null, null));
        ObjectNode c = l.putObject("contact");
        c.put("email", "programmes+" + n + "@" + provider + ".example.ca");
        if (random.nextBoolean()) {
            c.put("name", random.nextBoolean() ? "Marie-Ève Tremblay" : "Jordan O'Neil");
        }
        if (random.nextBoolean()) {
            c.put("phone", "+1-514-555-" + String.format("%04d", random.nextInt(10000)));
        }
        l.put("status", code("listing-status"));
        l.put("lastUpdated", String.format("2025-%02d-%02dT09:30:00-05:00", 1 + random.nextInt(12), 1 + random.nextInt(28)));
        l.put("source", "https://" + provider + ".example.ca/feed.json");
        return l;
    }

    private ArrayNode orgs(int count, String kind, long n) {
        ArrayNode a = N.arrayNode();
        for (int i = 0; i < count; i++) {
            ObjectNode o = a.addObject();
            if (random.nextBoolean()) {
                o.put("id", "provider:" + kind + (n % 13) + "-" + i);
            }
            o.set("name", text(1, 3, true, kind + " " + (n % 13) + "-" + i, kind + " " + (n % 13) + "-" + i + " (fr)"));
            if ((n % 13 + i) % 2 == 0) {
                o.put("website", "https://" + kind + i + ".example.org/");
            }
        }
        return a;
    }

    private ObjectNode eligibility() {
        ObjectNode e = N.objectNode();
        String[] ints = {"minCompletedWorks", "maxCompletedWorks", "minCredits", "maxCredits", "minYears", "maxYears",
            "minAge", "maxAge", "maxEmployees"};
        for (String f : ints) {
            if (random.nextBoolean()) {
                e.put(f, random.nextInt(50));
            }
        }
        maybe(e, "residence", () -> codes("region", 1, 5));
        if (random.nextBoolean()) {
            e.putArray("residencyStatus").add("citizen").add("permanent-resident");
        }
        maybe(e, "membershipRequired", () -> text(2, 5, false, null, null));
        if (random.nextBoolean()) {
            e.put("canadianOwned", random.nextBoolean());
        }
        maybe(e, "targetGroups", () -> codes("target-group", 1, 3));
        maybe(e, "notes", () -> text(5, 15, false, null, null));
        if (e.isEmpty()) {
            e.put("minAge", 18);
        }
        return e;
    }

    private ObjectNode money() {
        ObjectNode m = N.objectNode();
        m.put("amount", (random.nextInt(20000)) + (random.nextBoolean() ? "." + String.format("%02d", random.nextInt(100)) : ""));
        m.put("currency", CURRENCIES[random.nextInt(random.nextInt(4) == 0 ? 3 : 1)]);
        return m;
    }

    private ObjectNode text(int min, int max, boolean fixed, String en, String fr) {
        ObjectNode t = N.objectNode();
        // Names of organisations with an IRI are the same wherever they appear, as in real data.
        int which = fixed ? 2 : random.nextInt(4);
        if (which != 1) {
            t.put("en", fixed ? en : words(WORDS_EN, min, max));
        }
        if (which != 0) {
            t.put("fr", fixed ? fr : words(WORDS_FR, min, max));
        }
        return t;
    }

    private String words(String[] pool, int min, int max) {
        StringBuilder sb = new StringBuilder();
        int count = min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                sb.append(random.nextInt(25) == 0 ? "\n" : " ");
            }
            sb.append(pool[random.nextInt(pool.length)]);
        }
        return sb.toString();
    }

    private ArrayNode codes(String scheme, int min, int max) {
        List<String> all = vocabulary.scheme(scheme).map(ConceptScheme::codes).orElseThrow();
        ArrayNode a = N.arrayNode();
        int count = Math.min(all.size(), min + random.nextInt(max - min + 1));
        int start = random.nextInt(all.size());
        for (int i = 0; i < count; i++) {
            a.add(all.get((start + i * 7) % all.size()));
        }
        java.util.Set<String> seen = new java.util.LinkedHashSet<>();
        a.forEach(x -> seen.add(x.stringValue()));
        ArrayNode unique = N.arrayNode();
        seen.forEach(unique::add);
        return unique;
    }

    private String code(String scheme) {
        List<String> all = vocabulary.scheme(scheme).map(ConceptScheme::codes).orElseThrow();
        return all.get(random.nextInt(all.size()));
    }

    private void maybe(ObjectNode o, String name, java.util.function.Supplier<tools.jackson.databind.JsonNode> value) {
        if (random.nextInt(3) > 0) {
            o.set(name, value.get());
        }
    }

    /** Writes {@code args[0]} listings (default 1000) from seed {@code args[1]} (default 42) as NDJSON to standard output. */
    public static void main(String[] args) throws IOException {
        long count = args.length > 0 ? Long.parseLong(args[0]) : 1000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        ListingCorpus corpus = new ListingCorpus(seed);
        var writer = JsonMapper.builder().build().writer();
        try (OutputStream out = new BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), 1 << 16)) {
            for (long n = 0; n < count; n++) {
                out.write(writer.writeValueAsBytes(corpus.next(n)));
                out.write('\n');
            }
        }
    }
}
