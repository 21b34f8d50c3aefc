package org.opdl.schema.convert;

import java.util.SplittableRandom;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The repeated things standard 0.2 added to a listing, streams and components, for the generated
 * listings of {@link ListingCorpus}: drawn from generators of their own, so that the rest of each
 * listing stays as the corpus made it, and a dataset's own list of the organizations they share.
 */
final class ZeroTwoItems {

    private ZeroTwoItems() {
    }

    /** Adds streams and components to listing number {@code n}, to one listing in three each. */
    static void add(ObjectNode l, long n) {
        streams(l, n);
        components(l, n);
    }

    /** The dataset's own list: organizations its listings name by id, one without a French name. */
    static ArrayNode organizations() {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        String[][] orgs = {{"provider:cmpa", "Canadian Media Producers Association", "Association canadienne des producteurs médiatiques", "https://cmpa.ca/"},
            {"provider:telefilm", "Telefilm Canada | Talent Fund", "Téléfilm Canada ; « Fonds des talents »", "https://telefilm.ca/"},
            {"provider:isuma", "=Isuma \"Distribution\"\nInternational", "ᐃᓱᒪ | Isuma", ""},
            {"provider:bell-fund", "Bell Fund", "", ""}};
        for (String[] o : orgs) {
            ObjectNode org = a.addObject();
            org.put("id", o[0]);
            ObjectNode name = org.putObject("name");
            name.put("en", o[1]);
            if (!o[2].isEmpty()) {
                name.put("fr", o[2]);
            }
            if (!o[3].isEmpty()) {
                org.put("website", o[3]);
            }
        }
        return a;
    }

    /**
     * Streams of the 0.2 standard on one listing in three, drawn from a generator of their own so
     * that the rest of each listing stays as it was before streams were added.
     */
    private static void streams(ObjectNode l, long n) {
        SplittableRandom r = new SplittableRandom(n * 7919 + 1);
        if (r.nextInt(3) != 0) {
            return;
        }
        String[] stages = {"entry", "emerging", "early-career", "mid-career", "established"};
        ArrayNode streams = l.putArray("streams");
        for (int i = 0, count = 1 + r.nextInt(3); i < count; i++) {
            ObjectNode s = streams.addObject();
            s.set("name", name(r, i, "Stream", "Volet"));
            int low = r.nextInt(3);
            s.put("lowestStage", stages[low]);
            if (r.nextBoolean()) {
                s.put("highestStage", stages[low + r.nextInt(2)]);
            }
            if (r.nextBoolean()) {
                s.put("minCredits", 1 + r.nextInt(3));
            }
            if (r.nextBoolean()) {
                s.put("places", 2 + r.nextInt(10));
            }
        }
    }

    /**
     * Names that break a careless format: a separator of list cells, a semicolon, quotes, a line
     * break, a leading sign a spreadsheet runs as a formula, a trailing backslash, text in
     * Inuktitut syllabics and other scripts; one name in three has no French, one in eight no English.
     */
    private static final String[] HOSTILE_EN = {" | Emerging producers", "; documentary, \"first\" feature", ":\nprogram lab",
        " =SUM(A1) pitching", " +1 broadcasters", " @Hot Docs", " — path C:\\films\\", " ᓄᓇᕗᑦ producers", " 纪录片 lab", " | |end"};
    private static final String[] HOSTILE_FR = {" — « productrices émergentes »", " ; documentaire « premier »", " |\nlaboratoire",
        " =SOMME(A1)", " -1 diffuseurs", " ᐃᓄᒃᑎᑐᑦ", " \\ pipeline", " Кино и документ", " |"};

    private static tools.jackson.databind.JsonNode name(SplittableRandom r, int i, String en, String fr) {
        ObjectNode name = JsonNodeFactory.instance.objectNode();
        int which = r.nextInt(24);
        boolean leading = r.nextInt(10) == 0;
        if (which >= 3) {
            String tail = HOSTILE_EN[r.nextInt(HOSTILE_EN.length)];
            name.put("en", leading ? tail.strip() + " " + en + " " + (i + 1) : en + " " + (i + 1) + tail);
        }
        if (which < 3 || which % 3 != 0) {
            String tail = HOSTILE_FR[r.nextInt(HOSTILE_FR.length)];
            name.put("fr", leading ? tail.strip() + " " + fr + " " + (i + 1) : fr + " " + (i + 1) + tail);
        }
        return name;
    }

    /** Components of the 0.2 standard on one listing in three, from a generator of their own as for streams. */
    private static void components(ObjectNode l, long n) {
        SplittableRandom r = new SplittableRandom(n * 104729 + 3);
        if (r.nextInt(3) != 0) {
            return;
        }
        String[] types = {"masterclass-workshop", "mentorship", "market-pitch-forum"};
        String[] modes = {"in-person", "online", "hybrid"};
        ArrayNode components = l.putArray("components");
        for (int i = 0, count = 1 + r.nextInt(3); i < count; i++) {
            ObjectNode c = components.addObject();
            c.set("name", name(r, i, "Module", "Module"));
            c.put("componentType", types[r.nextInt(types.length)]);
            c.put("deliveryMode", modes[r.nextInt(modes.length)]);
            if (r.nextBoolean()) {
                c.put("startDate", String.format("2026-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)));
            }
            if (r.nextBoolean()) {
                c.put("sessions", 1 + r.nextInt(12));
                c.put("sessionLength", "PT" + (1 + r.nextInt(4)) + "H");
                c.put("frequency", r.nextBoolean() ? "weekly" : "daily");
            }
        }
    }
}
