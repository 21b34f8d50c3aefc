package org.opdl.validator.merge;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Text;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.OrganisationDescriptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges listings read from several files into one dataset, in the order read. A listing whose id
 * was already seen is a conflict: {@link Prefer#FIRST} keeps the one read first, {@link Prefer#NEWEST}
 * the one updated last ({@code lastUpdated}; the first on a tie). An organisation (provider, partner
 * or funder with an id) given two values of one field (see {@link OrganisationDescriptions}) keeps
 * the earlier description everywhere; one that only leaves values out is kept as written. Two listings
 * with different ids but the same provider and title are reported and both kept.
 *
 * <p>With {@link Prefer#FIRST} a listing kept is never replaced, so the merger holds only the ids,
 * titles and places it compares, and {@link #add} tells the caller to write the listing at once:
 * a season of any size merges in the memory of a few strings per listing. {@link Prefer#NEWEST}
 * may replace a listing by one read later, so it holds every listing it keeps until {@link #kept}.
 * The merger hands each finding to the consumer it was made with, as it is found, and keeps only
 * their count, so that a season whose every listing is a conflict holds none of them either; a
 * caller that wants them as a list gives the list's {@code add}.
 */
public final class Merger {

    /** What a conflict keeps. */
    public enum Prefer {
        /** The listing read first. */
        FIRST,
        /** The listing updated last. */
        NEWEST
    }

    /**
     * One thing the merge found, with both places.
     *
     * @param kind {@code same-id}, {@code organization} or {@code look-alike}
     * @param text what was found and what was done, in plain words
     */
    public record Finding(String kind, Text text) {
    }

    /** Where a listing came from: its file and its number in the file. */
    private record Place(String source, int index) {
        Text shown() {
            return MergeMessages.MERGER_LISTING.text(source, (index + 1));
        }
    }

    /** A listing kept: its id, the listing itself when the merger holds it (else null), and its place. */
    private record Kept(String id, SourceRecord record, Place place) {
    }

    private final Prefer prefer;
    private final Map<String, Kept> byId = new LinkedHashMap<>();
    private final Map<String, Kept> byLook = new HashMap<>();
    private final Map<String, JsonNode> organizations = new HashMap<>();
    private final Map<String, Place> organizationPlaces = new HashMap<>();
    private final Consumer<Finding> onFinding;
    private long findingCount;
    private long read;
    private long dropped;
    private long kept;

    /**
     * A merger that resolves conflicts as {@code prefer} says and hands each finding to {@code found} as
     * it is found, keeping none: {@link #findingCount} says how many there were.
     */
    public Merger(Prefer prefer, Consumer<Finding> found) {
        this.prefer = prefer;
        this.onFinding = found;
    }

    /**
     * True when each listing {@link #add} keeps is final and can be written at once ({@link Prefer#FIRST});
     * false when a later listing may still replace it, so that {@link #kept} gives the listings at the end.
     */
    public boolean streams() {
        return prefer == Prefer.FIRST;
    }

    /**
     * Adds one listing read from {@code source}.
     *
     * @return true when the listing is kept under an id not seen before (to be written now when the
     *     merger {@link #streams}); false when it was dropped, or replaced an earlier one
     */
    public boolean add(String source, SourceRecord record) {
        read++;
        Place place = new Place(source, record.index());
        ObjectNode l = record.listing();
        organizations(l, place);
        String id = l.path("id").asString("");
        Kept before = byId.get(id);
        if (before != null && !id.isEmpty()) {
            boolean replace = prefer == Prefer.NEWEST && newer(l, before.record().listing());
            Place kept = replace ? place : before.place();
            Place lost = replace ? before.place() : place;
            dropped++;
            Text why = prefer == Prefer.NEWEST ? MergeMessages.MERGER_UPDATED_LAST.text()
                    : MergeMessages.MERGER_READ_FIRST.text();
            found(new Finding("same-id", MergeMessages.MERGER_ID_KEPT_DROPPED.text(id, before.place().shown(), place.shown(), kept.shown(), why, lost.shown())));
            if (replace) {
                byId.put(id, new Kept(id, record, place));
            }
            return false;
        }
        String look = look(l);
        Kept twin = byLook.get(look);
        if (twin != null && !look.isBlank()) {
            found(new Finding("look-alike", MergeMessages.MERGER_LISTINGS_SAME_PROVIDER.text(twin.id(), twin.place().shown().en(), id, place.shown().en(), twin.place().shown().fr(), place.shown().fr())));
        } else {
            byLook.put(look, new Kept(id, held(record), place));
        }
        // A listing without an id is never a conflict, and the merger need not remember it at all when it streams.
        if (!id.isEmpty() || !streams()) {
            byId.put(id.isEmpty() ? "\u0000" + read : id, new Kept(id, held(record), place));
        }
        kept++;
        return true;
    }

    /**
     * The listings kept, in the order their ids were first read, for a merger that does not
     * {@link #streams}; one that streams has handed each to its caller already.
     *
     * @throws IllegalStateException when the merger streams
     */
    public List<SourceRecord> kept() {
        if (streams()) {
            throw new IllegalStateException("the listings were to be written as add() kept them");
        }
        return byId.values().stream().map(Kept::record).toList();
    }

    /** The number of listings kept. */
    public long keptCount() {
        return kept;
    }

    /** The number of findings handed on. */
    public long findingCount() {
        return findingCount;
    }

    /** The listings read. */
    public long read() {
        return read;
    }

    /** The listings dropped because another with the same id was kept. */
    public long dropped() {
        return dropped;
    }

    /**
     * Keeps each organisation's description, with the values later ones add, and replaces a
     * conflicting one with it, saying so once per place.
     */
    private void organizations(ObjectNode l, Place place) {
        organization(l, "provider", l.path("provider"), place);
        for (String many : List.of("partners", "funders")) {
            JsonNode list = l.path(many);
            for (int i = 0; i < list.size(); i++) {
                organization(list, many + "/" + i, list.get(i), place);
            }
        }
    }

    private void organization(JsonNode parent, String where, JsonNode org, Place place) {
        String id = org.path("id").asString("");
        if (id.isEmpty() || !org.isObject()) {
            return;
        }
        JsonNode first = organizations.putIfAbsent(id, org.deepCopy());
        if (first == null) {
            organizationPlaces.put(id, place);
            return;
        }
        if (first.equals(org)) {
            return;
        }
        // The definition RDF and the validator share: a description that only leaves values out is no conflict.
        if (OrganisationDescriptions.conflict(first, org).isEmpty()) {
            OrganisationDescriptions.addMissing((ObjectNode) first, org);
        } else {
            Place firstPlace = organizationPlaces.get(id);
            found(new Finding("organization", MergeMessages.MERGER_ORGANISATION_DESCRIBED_ONE.text(id, firstPlace.shown().en(), place.shown().en(), where, firstPlace.shown().fr(), place.shown().fr())));
            ((ObjectNode) org).removeAll().setAll((ObjectNode) first.deepCopy());
        }
    }

    private void found(Finding finding) {
        findingCount++;
        onFinding.accept(finding);
    }

    private SourceRecord held(SourceRecord record) {
        return streams() ? null : record;
    }

    private static boolean newer(JsonNode a, JsonNode b) {
        try {
            return OffsetDateTime.parse(a.path("lastUpdated").asString("")).isAfter(OffsetDateTime.parse(b.path("lastUpdated").asString("")));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * The provider and the title, folded by {@link Folding#fold} as every label is: case, accents,
     * spacing, punctuation and compatibility forms (ligatures, full-width letters) do not matter, a plus sign does.
     */
    private static String look(JsonNode l) {
        String provider = l.path("provider").path("id").asString("");
        if (provider.isEmpty()) {
            provider = l.path("provider").path("name").properties().stream().findFirst()
                    .map(e -> e.getValue().asString("")).orElse("");
        }
        StringBuilder titles = new StringBuilder();
        l.path("title").properties().forEach(e -> titles.append(e.getKey()).append('=').append(Folding.fold(e.getValue().asString(""))).append(';'));
        return titles.length() == 0 ? "" : Folding.fold(provider) + "|" + titles;
    }
}
