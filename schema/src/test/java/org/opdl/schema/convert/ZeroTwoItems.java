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
            {"provider:telefilm", "Telefilm Canada | Talent Fund", "Téléfilm Canada", "https://telefilm.ca/"},
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
            ObjectNode name = s.putObject("name");
            name.put("en", "Stream " + (i + 1) + " | " + (i == 0 ? "Emerging producers" : "Documentary"));
            if (r.nextBoolean()) {
                name.put("fr", "Volet " + (i + 1) + " — « productrices émergentes »");
            }
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
            c.putObject("name").put("en", "Module " + (i + 1) + ": pitching =SUM(A1) to broadcasters");
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
