package org.opdl.validator.rule;

import java.util.ArrayList;
import java.util.List;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import tools.jackson.databind.JsonNode;

/** Walks the free-text values of a listing: every language of every text field, and plain strings. */
public final class Texts {

    private static final String LOREM = "lorem";

    /**
     * A piece of free text with what one pass over its characters tells: its highest character,
     * whether it holds a character {@code opdl.text.control-characters} reports, and whether it holds
     * "lorem" in any case, the mark of filler text. Rules that look for rare characters skip a
     * piece these rule out, rather than each scanning every description again.
     *
     * @param field the pointer of the field
     * @param language the language tag within a language map, or null for a plain string
     * @param value the text
     * @param max its highest character
     * @param hidden whether it holds a hidden or control character
     * @param lorem whether it holds "lorem", ignoring case
     */
    public record Piece(String field, String language, String value, char max, boolean hidden, boolean lorem) {

        /**
         * Where the piece is: its field's pointer, followed by its language for a language map.
         * Built when asked for, which is only when a rule reports the piece.
         */
        public String pointer() {
            return language == null ? field : field + "/" + language;
        }

        /** The piece of a field, or of one language ({@code language} not null) of a language map. */
        public static Piece of(String field, String language, String value) {
            char max = 0;
            boolean hidden = false;
            boolean lorem = false;
            int length = value.length();
            for (int i = 0; i < length; i++) {
                char c = value.charAt(i);
                if (c > max) {
                    max = c;
                }
                if (c < ' ' || c >= 0x7F) {
                    hidden = hidden || suspicious(c);
                } else if ((c | 0x20) == 'l' && !lorem && i + LOREM.length() <= length) {
                    // Only an "l" can start the word. No character outside ASCII matches its five
                    // letters ignoring case, so a case-blind comparison of the region is exact.
                    lorem = value.regionMatches(true, i, LOREM, 0, LOREM.length());
                }
            }
            return new Piece(field, language, value, max, hidden, lorem);
        }
    }

    private Texts() {
    }

    /** The pieces of free text of a listing, found once per listing and shared by the text rules. */
    public static List<Piece> pieces(Listing listing) {
        return listing.derived(Texts.class, Texts::find);
    }

    private static List<Piece> find(Listing listing) {
        FieldTree fields = listing.standard().fields();
        List<Piece> out = new ArrayList<>();
        for (Field field : fields.ofType(FieldType.TEXT)) {
            for (Listing.Value found : listing.valuesOf(field)) {
                JsonNode n = found.node();
                if (n.isObject()) {
                    for (var e : n.properties()) {
                        if (e.getValue().isString()) {
                            out.add(Piece.of(found.pointer(), e.getKey(), e.getValue().stringValue()));
                        }
                    }
                } else if (n.isString()) {
                    out.add(Piece.of(found.pointer(), null, n.stringValue()));
                }
            }
        }
        for (Field field : fields.ofType(FieldType.STRING)) {
            for (Listing.Value found : listing.valuesOf(field)) {
                if (found.node().isString()) {
                    out.add(Piece.of(found.pointer(), null, found.node().stringValue()));
                }
            }
        }
        return out;
    }

    /** True for an invisible or bidirectional control character, which can hide what text says. */
    public static boolean suspicious(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                || c >= 0x7F && c <= 0x9F
                || c >= 0x200B && c <= 0x200F
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2060 && c <= 0x2064
                || c >= 0x2066 && c <= 0x2069
                || c == 0x061C || c == 0xFEFF || c == 0x00AD;
    }
}
