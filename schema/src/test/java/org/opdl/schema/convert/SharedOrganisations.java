package org.opdl.schema.convert;

import java.util.List;
import java.util.SplittableRandom;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A deterministic generator of listings from Canadian producer programs that share their
 * organisations, as a real catalogue does: the same funders and partners (CMPA, Telefilm, the Bell
 * Fund, the NFB, provincial agencies…) appear in hundreds of listings, each time described the
 * same way, some with a website and some without, some partners with no id at all. A dataset
 * also lists them once at its own level, and a third of the listings have streams or components.
 */
final class SharedOrganisations {

    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    /** An organisation as every listing describes it: id (or null), names, website (or null). */
    private record Org(String id, String en, String fr, String website) {
        ObjectNode json() {
            ObjectNode o = N.objectNode();
            if (id != null) {
                o.put("id", "provider:" + id);
            }
            ObjectNode name = o.putObject("name");
            name.put("en", en);
            name.put("fr", fr);
            if (website != null) {
                o.put("website", website);
            }
            return o;
        }
    }

    private static final List<Org> PROVIDERS = List.of(
            new Org("cmpa", "Canadian Media Producers Association", "Association canadienne des producteurs médiatiques", "https://cmpa.ca/"),
            new Org("telefilm", "Telefilm Canada", "Téléfilm Canada", "https://telefilm.ca/"),
            new Org("bell-fund", "Bell Fund", "Fonds Bell", "https://bellfund.ca/"),
            new Org("nfb", "National Film Board of Canada", "Office national du film du Canada", "https://www.nfb.ca/"),
            new Org("hot-docs", "Hot Docs", "Hot Docs", "https://hotdocs.ca/"),
            new Org("cfc", "Canadian Film Centre", "Centre canadien du film", "https://cfccreates.com/"),
            new Org("nsi", "National Screen Institute", "Institut national des arts de l'écran", "https://nsi-canada.ca/"),
            new Org("inis", "Institut national de l'image et du son", "Institut national de l'image et du son", "https://inis.qc.ca/"),
            new Org("bso", "Black Screen Office", "Bureau de l'écran des Noirs", null));
    private static final List<Org> FUNDERS = List.of(
            new Org("cmf", "Canada Media Fund", "Fonds des médias du Canada", "https://cmf-fmc.ca/"),
            new Org("telefilm", "Telefilm Canada", "Téléfilm Canada", "https://telefilm.ca/"),
            new Org("bell-fund", "Bell Fund", "Fonds Bell", "https://bellfund.ca/"),
            new Org("sodec", "Société de développement des entreprises culturelles", "Société de développement des entreprises culturelles",
                    "https://sodec.gouv.qc.ca/"),
            new Org("ontario-creates", "Ontario Creates", "Ontario Créatif", "https://www.ontariocreates.ca/"),
            new Org("creative-bc", "Creative BC", "Creative BC", "https://www.creativebc.com/"),
            new Org("screen-nova-scotia", "Screen Nova Scotia", "Screen Nova Scotia", null),
            new Org("manitoba-film-music", "Manitoba Film & Music", "Manitoba Film & Music", "https://mbfilmmusic.ca/"),
            new Org("canada-council", "Canada Council for the Arts", "Conseil des arts du Canada", "https://canadacouncil.ca/"));
    private static final List<Org> PARTNERS = List.of(
            new Org("netflix-canada", "Netflix Canada", "Netflix Canada", null),
            new Org("cbc", "CBC", "Radio-Canada", "https://www.cbc.ca/"),
            new Org("crave", "Crave", "Crave", "https://www.crave.ca/"),
            new Org("ipf", "Independent Production Fund", "Fonds indépendant de production", "https://ipf.ca/"),
            new Org(null, "Whistler Film Festival", "Festival du film de Whistler", "https://www.whistlerfilmfestival.com/"),
            new Org(null, "Banff World Media Festival", "Festival des médias de Banff", null));
    private static final String[][] PROGRAMS = {
        {"Production Mentorship", "Mentorat en production", "mentorship"},
        {"Producers Lab", "Laboratoire des producteurs", "lab"},
        {"Pitch Forum", "Forum de présentation", "market-pitch-forum"},
        {"Development Fund", "Fonds de développement", "funding-with-training"},
        {"Market Access", "Accès aux marchés", "pd-travel-grant"},
        {"Webinar Series", "Série de webinaires", "webinar-series"},
        {"Accelerator", "Accélérateur", "incubator-accelerator"},
    };
    private static final String[] CITIES = {"Toronto", "Montréal", "Vancouver", "Halifax", "Winnipeg", "Ottawa", "Québec"};
    private static final String[] REGIONS = {"CA-ON", "CA-QC", "CA-BC", "CA-NS", "CA-MB", "CA-ON", "CA-QC"};

    private final SplittableRandom random;

    SharedOrganisations(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * The dataset's own list of the organizations with an id, each described once and as every
     * listing describes it.
     */
    static ArrayNode organizations() {
        java.util.Map<String, ObjectNode> byId = new java.util.LinkedHashMap<>();
        for (List<Org> pool : List.of(PROVIDERS, FUNDERS, PARTNERS)) {
            pool.stream().filter(o -> o.id() != null).forEach(o -> byId.putIfAbsent(o.id(), o.json()));
        }
        ArrayNode a = N.arrayNode();
        byId.values().forEach(a::add);
        return a;
    }

    /** The listing numbered {@code n}; ids are not in alphabetical order, so order is tested too. */
    ObjectNode next(int n) {
        Org provider = PROVIDERS.get(random.nextInt(PROVIDERS.size()));
        String[] program = PROGRAMS[random.nextInt(PROGRAMS.length)];
        int edition = 2018 + n % 8;
        ObjectNode l = N.objectNode();
        l.put("id", "listing:" + provider.id() + "/" + slug(program[0]) + "-" + edition + "-" + Integer.toString(997 * (n + 1) % 1009, 36));
        if (random.nextBoolean()) {
            l.put("type", "Listing");
        }
        l.set("provider", provider.json());
        orgs(l, "partners", PARTNERS, 3);
        orgs(l, "funders", FUNDERS, 2);
        ObjectNode title = l.putObject("title");
        title.put("en", provider.en() + " " + program[0] + " " + edition);
        title.put("fr", program[1] + " " + edition + " — " + provider.fr());
        ObjectNode description = l.putObject("description");
        description.put("en", "A " + program[0].toLowerCase(java.util.Locale.ROOT) + " for Canadian independent producers, run by "
                + provider.en() + " for its " + edition + " edition.");
        description.put("fr", "Un programme (" + program[1].toLowerCase(java.util.Locale.ROOT) + ") pour les productrices et producteurs"
                + " indépendants canadiens, offert par " + provider.fr() + " pour l'édition " + edition + ".");
        l.put("url", "https://example.ca/" + provider.id() + "/" + slug(program[0]) + "?edition=" + edition);
        l.putArray("programTypes").add(program[2]);
        l.put("participationUnit", random.nextInt(4) == 0 ? "company" : "individual");
        l.put("deliveryMode", random.nextBoolean() ? "in-person" : "online");
        int city = random.nextInt(CITIES.length);
        ObjectNode place = l.putArray("locations").addObject();
        place.put("city", CITIES[city]);
        place.put("region", REGIONS[city]);
        place.put("country", "CA");
        ArrayNode languages = l.putArray("workingLanguages");
        languages.add(city == 1 || city == 6 ? "fr" : "en");
        if (random.nextBoolean()) {
            languages.add(city == 1 || city == 6 ? "en" : "fr");
        }
        ArrayNode intakes = l.putArray("intakes");
        for (int i = 0; i < 1 + random.nextInt(2); i++) {
            ObjectNode intake = intakes.addObject();
            intake.put("applicationDeadline", String.format(java.util.Locale.ROOT, "%d-%02d-15", edition, 2 + 5 * i));
            intake.put("places", 4 + random.nextInt(20));
        }
        l.put("status", edition < 2025 ? "closed" : "open");
        l.put("source", "https://example.ca/" + provider.id() + "/programs");
        ZeroTwoItems.add(l, n);
        return l;
    }

    private void orgs(ObjectNode l, String field, List<Org> pool, int most) {
        int count = random.nextInt(most + 1);
        if (count == 0) {
            return;
        }
        ArrayNode a = l.putArray(field);
        int start = random.nextInt(pool.size());
        for (int i = 0; i < count; i++) {
            a.add(pool.get((start + i) % pool.size()).json());
        }
    }

    private static String slug(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
