package org.opdl.schema.rdf;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.ReadException;

/**
 * The XML parser's words, in English only, made plain for what a person writes by hand in an
 * RDF/XML text: an entity of HTML ({@code &eacute;}, {@code &nbsp;}), which XML does not know; a
 * {@code &} or a {@code <} left as it is ({@code Film & TV}); a character XML 1.0 cannot carry,
 * written as it is or by its number ({@code &#0;}, {@code &#xD800;}).
 */
final class XmlWords {

    private static final Pattern UNDECLARED_ENTITY = Pattern.compile("The entity \"([^\"]+)\" was referenced, but not declared\\.");
    private static final Pattern BARE_AMPERSAND = Pattern.compile(
            "The entity name must immediately follow the '&' in the entity reference\\.|The reference to entity \"[^\"]*\" must end with the ';' delimiter\\.");
    private static final String BARE_LESS_THAN = "The content of elements must consist of well-formed character data or markup.";
    private static final Pattern BAD_REFERENCE = Pattern.compile("Character reference \"(&#x?[0-9A-Fa-f]+)\" is an invalid XML character\\.");
    private static final Pattern BAD_CHARACTER = Pattern.compile("An invalid XML character \\(Unicode: 0x([0-9A-Fa-f]+)\\) was found in .*");

    private XmlWords() {
    }

    /** The error in plain words for the XML parser's {@code detail}, or null when it is none of these. */
    static ReadException explain(Location at, String format, String detail) {
        Matcher entity = UNDECLARED_ENTITY.matcher(detail);
        if (entity.matches()) {
            String name = "&" + entity.group(1) + ";";
            return RiotWords.error(at, format, RdfMessages.XML_ENTITY_UNKNOWN.text(name), RdfMessages.XML_ENTITY_UNKNOWN_FIX.text(name));
        }
        if (BARE_AMPERSAND.matcher(detail).matches()) {
            return RiotWords.error(at, format, RdfMessages.XML_AMPERSAND_ALONE.text(), RdfMessages.XML_AMPERSAND_ALONE_FIX.text());
        }
        if (detail.equals(BARE_LESS_THAN)) {
            return RiotWords.error(at, format, RdfMessages.XML_LESS_THAN_ALONE.text(), RdfMessages.XML_LESS_THAN_ALONE_FIX.text());
        }
        Matcher reference = BAD_REFERENCE.matcher(detail);
        if (reference.matches()) {
            String written = reference.group(1) + ";";
            String hex = written.startsWith("&#x") ? written.substring(3, written.length() - 1)
                    : new BigInteger(written.substring(2, written.length() - 1)).toString(16);
            return RiotWords.error(at, format, RdfMessages.XML_REFERENCE_NO_CHARACTER.text(written, code(hex)),
                    RdfMessages.XML_CHARACTER_FIX.text());
        }
        Matcher character = BAD_CHARACTER.matcher(detail);
        if (character.matches()) {
            return RiotWords.error(at, format, RdfMessages.TEXT_HOLDS_CHARACTER.text(code(character.group(1))), RdfMessages.XML_CHARACTER_FIX.text());
        }
        return null;
    }

    /** A code point in hexadecimal as U+ writes it, of four digits at least. */
    private static String code(String hex) {
        String upper = hex.replaceFirst("^0+(?=.)", "").toUpperCase(Locale.ROOT);
        return "0".repeat(Math.max(0, 4 - upper.length())) + upper;
    }
}
