package org.opdl.schema.cell;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell of the regions applicants must live in written as calls for applications say who may
 * apply: "Ontario residents only", "Open to residents of Manitoba", "BC residents", "résidents de
 * l'Ontario seulement", "Ontario-based", "based in Manitoba", "établis au Québec". The column already means "only these regions", so the words about
 * residents are set aside and what is left is read as the cell's regions; when it names anything
 * else as well, the cell is left to the unknown code's finding. The field table says which region
 * fields are written this way ({@code residents} in its {@code sheet_wording} column).
 */
final class Residents {

    private static final Pattern WORDING = Pattern.compile("^(?:(?:open to |ouverts? aux |ouvert aux )?"
            + "(?:residents? of (?:the )?|r[ée]sident(?:e|s|es)? (?:et r[ée]sidentes? )?(?:de la |de l['’]|du |des |de |d['’]|en |au |aux )"
            + "|(?:based|living) in (?:the )?|(?:établi|domicilié)e?s? (?:en |au |aux |dans l['’]|dans le |à ))"
            + "(?<after>.+?)|(?<before>.+?)(?: residents?|-based| based))(?: only| seulement| uniquement)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Residents() {
    }

    /** The places {@code v} names once the words about residents are set aside; empty when it has no such words. */
    static Optional<String> places(String v) {
        Matcher m = WORDING.matcher(v);
        if (!m.matches()) {
            return Optional.empty();
        }
        String places = (m.group("after") != null ? m.group("after") : m.group("before")).strip();
        return places.isEmpty() ? Optional.empty() : Optional.of(places);
    }
}
