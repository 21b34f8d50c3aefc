package org.opdl.validator.landscape;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opdl.model.stage.EligibilityBounds;
import org.opdl.validator.internal.check.Eligibility;
import org.opdl.validator.rule.Listing;

/**
 * The facts the landscape counts in one listing, read once: the values of each dimension, the stages
 * it serves, the regions it serves, what it costs the participant, and whether it is open.
 *
 * @param values the codes of each dimension, by dimension id; an empty set means not stated
 * @param stages the stages served: declared, and admitted by the eligibility bounds
 * @param regions the provinces and territories served; "CA" serves every one
 * @param open true when the listing's status is open or upcoming, or it gives no status and an
 *     application deadline still to come
 * @param openByDates true when it is open by such a deadline, giving no status
 * @param pastDeadline true when its status says open or upcoming but every application deadline has
 *     passed, so that it is not counted open
 * @param provider the provider's id, or its name when it has no id
 * @param providerName the provider's name, by language tag; empty when the listing gives none
 * @param wordings the stage wordings, by language tag
 * @param completeness for each key fact, whether the listing states it, states that there is none, or
 *     does not say
 */
record Facts(Map<String, Set<String>> values, Set<String> stages, Set<String> regions, boolean open,
        boolean openByDates, boolean pastDeadline, String provider, Map<String, String> providerName, Map<String, String> wordings,
        Map<String, Completeness> completeness) {

    /** Whether a listing states a key fact. */
    enum Completeness { STATED, NONE, NOT_STATED }

    /** The key facts whose completeness the report measures, in its order. */
    static final List<String> KEY_FACTS = List.of("career-stage", "cost", "deadline", "places", "location",
            "target-group", "contact");

    /** The dimensions, in the order the report shows them. */
    static final List<String> DIMENSIONS = List.of("program-type", "career-stage", "admitted-stage", "region",
            "delivery-mode", "working-language", "target-group", "participation-unit", "cost", "listing-status");

    /** Codes of the cost dimension, which the report defines (the standard has no scheme for it). */
    static final List<String> COSTS = List.of("free", "fee", "stipend");

    static Facts of(Listing l) {
        Map<String, Set<String>> v = new LinkedHashMap<>();
        v.put("program-type", set(l.strings("/programTypes").values()));
        Set<String> declared = set(l.strings("/careerStages").values());
        v.put("career-stage", declared);
        EligibilityBounds bounds = Eligibility.bounds(l);
        Set<String> admitted = bounds.isEmpty() ? Set.of() : set(l.standard().admittedStages(bounds));
        v.put("admitted-stage", admitted);
        Set<String> regions = new LinkedHashSet<>(l.strings("/eligibility/residence").values());
        for (Listing.Value item : l.objectsIn("locations")) {
            Optional<String> region = l.string(item.pointer() + "/region");
            // A place abroad with no region of its own (Cannes, in France) is where the region scheme says international.
            boolean abroad = l.string(item.pointer() + "/country").filter(c -> !c.equals("CA")).isPresent();
            region.or(() -> abroad ? Optional.of("international") : Optional.empty()).ifPresent(regions::add);
        }
        v.put("region", regions);
        v.put("delivery-mode", one(l, "/deliveryMode"));
        v.put("working-language", set(l.strings("/workingLanguages").values()));
        // Places reserved, priority and a welcome name groups a program is for, as targetGroups does without saying which.
        Set<String> groups = new LinkedHashSet<>();
        for (String field : List.of("targetGroups", "reservedFor", "prioritised", "welcomed")) {
            groups.addAll(l.strings("/eligibility/" + field).values());
        }
        v.put("target-group", groups);
        v.put("participation-unit", one(l, "/participationUnit"));
        v.put("cost", cost(l));
        Set<String> status = one(l, "/status");
        v.put("listing-status", status);
        Set<String> stages = new LinkedHashSet<>(declared);
        stages.addAll(admitted);
        // A listing that gives no status but a deadline still to come takes applications: its dates say so.
        boolean byDates = status.isEmpty() && deadlineToCome(l);
        // A status left at open after the last deadline (a warning of the validator) is not a program to apply to,
        // as opdl match leaves it out.
        boolean saidOpen = status.contains("open") || status.contains("upcoming");
        boolean past = saidOpen && everyDeadlinePassed(l);
        boolean open = saidOpen && !past || byDates;
        Map<String, String> providerName = l.text("/provider/name");
        String provider = l.string("/provider/id").orElseGet(() -> providerName.values().stream().findFirst().orElse(""));
        Map<String, Completeness> c = new LinkedHashMap<>();
        c.put("career-stage", stated(!stages.isEmpty() || !bounds.isEmpty()));
        Set<String> cost = v.get("cost");
        c.put("cost", cost.equals(Set.of("free")) ? Completeness.NONE
                : stated(!cost.isEmpty() || l.has("/award")));
        boolean deadline = false;
        boolean places = false;
        for (Listing.Value intake : l.objectsIn("intakes")) {
            deadline |= l.has(intake.pointer() + "/applicationDeadline");
            places |= l.has(intake.pointer() + "/places");
        }
        c.put("deadline", stated(deadline));
        c.put("places", places ? Completeness.STATED
                : l.strings("/statedNone").values().contains("no-places-limit") ? Completeness.NONE : Completeness.NOT_STATED);
        c.put("location", l.count("/locations") > 0 ? Completeness.STATED
                : v.get("delivery-mode").contains("online") ? Completeness.NONE : Completeness.NOT_STATED);
        c.put("target-group", stated(!v.get("target-group").isEmpty()));
        c.put("contact", stated(l.string("/contact/email").filter(e -> !e.endsWith(".invalid")).isPresent()));
        return new Facts(v, stages, regions, open, byDates, past, provider, providerName, l.text("/stageWording"), c);
    }

    /** True when an edition's application deadline is on or after the date the report is made for. */
    private static boolean deadlineToCome(Listing l) {
        for (Listing.Value intake : l.objectsIn("intakes")) {
            Optional<LocalDate> deadline = Listing.date(l.at(intake.pointer() + "/applicationDeadline"));
            if (deadline.isPresent() && !deadline.get().isBefore(l.asOf())) {
                return true;
            }
        }
        return false;
    }

    /** True when every edition states an application deadline and none is on or after the date of the report. */
    private static boolean everyDeadlinePassed(Listing l) {
        List<Listing.Value> intakes = l.objectsIn("intakes");
        for (Listing.Value intake : intakes) {
            if (!l.has(intake.pointer() + "/applicationDeadline")) {
                return false;
            }
        }
        return !intakes.isEmpty() && !deadlineToCome(l);
    }

    private static Completeness stated(boolean yes) {
        return yes ? Completeness.STATED : Completeness.NOT_STATED;
    }

    /**
     * What the program costs the participant: a stipend when it pays one; a fee when a fee above zero
     * is stated; free when every fee stated is zero, or when it states no fee and says it has none
     * ({@code no-fees}, the way standard 0.2 says free); nothing when the listing says nothing of money.
     */
    private static Set<String> cost(Listing l) {
        Set<String> out = new LinkedHashSet<>();
        if (l.has("/stipend")) {
            out.add("stipend");
        }
        boolean any = false;
        boolean paid = false;
        for (Listing.Value fee : l.objectsIn("fees")) {
            BigDecimal amount = l.decimal(fee.pointer() + "/amount/amount").orElse(null);
            if (amount != null) {
                any = true;
                paid |= amount.signum() > 0;
            }
        }
        if (paid) {
            out.add("fee");
        } else if ((any || !l.has("/fees") && l.strings("/statedNone").values().contains("no-fees")) && out.isEmpty()) {
            out.add("free");
        }
        return out;
    }

    /** True when the program serves this province or territory. */
    boolean serves(String region) {
        return regions.contains(region) || regions.contains("CA");
    }

    private static Set<String> one(Listing l, String pointer) {
        return l.string(pointer).map(Set::of).orElse(Set.of());
    }

    private static Set<String> set(Collection<String> values) {
        return new LinkedHashSet<>(values);
    }
}
