package org.opdl.schema.rdf;

import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.shape.AgreeingDescriptions;
import org.opdl.schema.shape.OrganisationDescriptions;
import org.opdl.schema.shape.Values;
import tools.jackson.databind.node.ObjectNode;

/**
 * Remembers, for one output, every node that is named by an id: each listing, and each
 * organisation with the description first given for it. RDF names a node by its id, so two
 * listings with one id, or two conflicting descriptions of one organisation (two names in one
 * language, two websites), would merge into one node that does not read back as written. Both are
 * refused with the two places, so that no writer emits such a file (see
 * docs/adr/0005-organisations-named-by-id-in-rdf.md); a description that only leaves values out
 * merges into the fuller one.
 */
final class NodeLedger {

    private final AgreeingDescriptions<Location> organisations = new AgreeingDescriptions<>();
    /** Listings by a 64-bit hash of their IRI, with their number: compact, as N-Triples streams millions. */
    private long[] keys = new long[1024];
    private int[] numbers = new int[1024];
    private int size;

    /**
     * Notes the listing named {@code iri}; refuses a second listing with the same IRI, at {@code
     * pointer}. Only the listing's number is kept, so the map is asked for the whole listing's place:
     * a field's place may cost a second read of the listing's text, which only a refusal needs.
     */
    void listing(String iri, SourceMap map, String pointer) {
        int first = putIfAbsent(hash(iri), map.locate("").record() + 1);
        if (first != 0) {
            throw Values.unmappable(map, pointer,
                    RdfMessages.SECOND_LISTING_ID.text(Values.compact(iri), first),
                    RdfMessages.GIVE_EACH_LISTING.text());
        }
    }

    /** FNV-1a over the UTF-16 units, never 0 (0 marks a free slot). */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h == 0 ? 1 : h;
    }

    /** The number stored under {@code key}, or 0 after storing {@code number} there. */
    private int putIfAbsent(long key, int number) {
        if (2 * (size + 1) > keys.length) {
            long[] oldKeys = keys;
            int[] oldNumbers = numbers;
            keys = new long[oldKeys.length * 2];
            numbers = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    putIfAbsent(oldKeys[i], oldNumbers[i]);
                }
            }
        }
        int mask = keys.length - 1;
        for (int i = (int) (key ^ key >>> 32) & mask;; i = i + 1 & mask) {
            if (keys[i] == key) {
                return numbers[i];
            }
            if (keys[i] == 0) {
                keys[i] = key;
                numbers[i] = Math.max(number, 1);
                size++;
                return 0;
            }
        }
    }

    /**
     * Notes the organisation named {@code iri} as {@code description} describes it; refuses a
     * description that conflicts with one given before for the same id (see {@link
     * OrganisationDescriptions}). One that only leaves out values another gives is kept: its triples
     * merge into the same node, which holds the fuller description.
     */
    void organisation(String iri, ObjectNode description, SourceMap map, String pointer) {
        AgreeingDescriptions.Conflict<Location> conflict = organisations.note(iri, description, () -> map.locate(pointer));
        if (conflict != null) {
            Location first = conflict.earlier();
            String id = Values.compact(iri);
            // Of several files, the earlier place may be in another: name it then.
            boolean elsewhere = !first.source().equals(map.locate(pointer).source());
            String file = elsewhere ? first.source() : "";
            throw Values.unmappable(map, pointer + conflict.pointer(),
                    RdfMessages.ORGANISATION_DESCRIBED_DIFFERENTLY.text(id, (elsewhere ? file + ": " : "") + first.describe(Lang.EN),
                            (elsewhere ? file + " : " : "") + first.describe(Lang.FR), conflict.pointer()),
                    RdfMessages.DESCRIBE_SAME_WAY.text(id));
        }
    }
}
