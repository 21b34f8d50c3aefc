package org.opdl.schema.rdf;

import java.util.Locale;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReaderRule;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.ReadException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Puts the JSON-LD processor's errors and warnings into plain words, in English and French, with
 * the place in the file when it can be found and a fix. The processor's own text ({@code
 * JsonLdError[code=…]}, or a log line about a language tag) means little to a provider, and a
 * warning means a value is about to be dropped, so a warning is an error here.
 */
final class JsonLdErrors {

    /** What a processor code means, what to do, and the keys whose non-string value is the likely place. */
    private record Meaning(Text what, Text fix, Set<String> keys) {
    }

    private static final Text AS_WRITTEN = RdfMessages.WRITE_DOCUMENT_OPDL.text();
    private static final Meaning CONTEXT = new Meaning(
            RdfMessages.LOCAL_CONTEXT_CHANGES.text(),
            RdfMessages.REMOVE_LOCAL_CONTEXT.text(),
            Set.of("@context"));
    private static final Map<String, Meaning> MEANINGS = Map.of(
            "INVALID_TYPE_VALUE", new Meaning(RdfMessages.TYPE_NOT_NAME.text(),
                    RdfMessages.WRITE_TYPE_LISTING.text(), Set.of("type", "@type")),
            "INVALID_KEYWORD_ID_VALUE", new Meaning(RdfMessages.ID_NOT_STRING.text(),
                    RdfMessages.WRITE_ID_STRING.text(),
                    Set.of("id", "@id")),
            "INVALID_LANGUAGE_MAP_VALUE", new Meaning(RdfMessages.TEXT_WHOSE_VALUE.text(),
                    RdfMessages.WRITE_TEXT_EN.text(), Set.of()),
            "COLLIDING_KEYWORDS", new Meaning(RdfMessages.TWO_KEYS_ONE.text(),
                    RdfMessages.KEEP_ONE_TWO.text(), Set.of()),
            "INVALID_VALUE_OBJECT", new Meaning(RdfMessages.VALUE_OBJECT_VALUE.text(), AS_WRITTEN, Set.of()),
            "INVALID_LANGUAGE_TAGGED_STRING", new Meaning(RdfMessages.LANGUAGE_TAG_NOT.text(),
                    RdfMessages.USE_TAG_SUCH.text(), Set.of("@language")),
            "INVALID_SET_OR_LIST_OBJECT", new Meaning(RdfMessages.LIST_SET_WRITTEN.text(), AS_WRITTEN, Set.of("@list", "@set")),
            "INVALID_REVERSE_PROPERTY", new Meaning(RdfMessages.REVERSE_PROPERTY_NO.text(), AS_WRITTEN, Set.of("@reverse")),
            "LOADING_DOCUMENT_FAILED", new Meaning(RdfMessages.DOCUMENT_NOT_JSON.text(),
                    RdfMessages.GIVE_DATASET_OBJECT.text(), Set.of()));

    private static final Pattern CODE = Pattern.compile("\\[code=([A-Z_]+)\\]");
    private static final Pattern TAG = Pattern.compile("Language tag \\[\"?([^\\]\"]*)\"?\\]");
    /** The processor's words for any IRI it cannot make into a term, subject or object alike. */
    private static final Pattern NOT_AN_IRI = Pattern.compile("Non well-formed subject \\[(.*)\\] has been skipped\\.?", Pattern.DOTALL);

    private JsonLdErrors() {
    }

    /** True when {@code e} is the processor's error in its own words. */
    static boolean isProcessorError(ReadException e) {
        return e.text().en().contains("JsonLdError[");
    }

    /** The processor's error {@code e} in plain words, placed in {@code bytes} when it can be. */
    static ReadException translate(String source, byte[] bytes, ReadException e) {
        Matcher m = CODE.matcher(e.text().en());
        String code = m.find() ? m.group(1) : "UNSPECIFIED";
        Meaning meaning = MEANINGS.get(code);
        if (meaning == null && (code.contains("CONTEXT") || code.contains("TERM") || code.contains("MAPPING")
                || code.contains("KEYWORD") || code.contains("PROTECTED"))) {
            meaning = CONTEXT;
        }
        if (meaning == null) {
            String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
            meaning = new Meaning(RdfMessages.SOMETHING_JSON_LD.text(words), AS_WRITTEN, Set.of());
        }
        return new ReadException(ReaderRule.SYNTAX_RDF, place(source, bytes, meaning.keys(), false),
                RdfMessages.SYNTAX_RDF_FILE_NOT_VALID.text(meaning.what()),
                meaning.fix());
    }

    /** The processor's first warning, which means it would drop a value, as an error. */
    static ReadException warning(String source, byte[] bytes, String message) {
        Matcher m = TAG.matcher(message);
        if (m.find()) {
            String key = m.group(1);
            return new ReadException(ReaderRule.SYNTAX_RDF, place(source, bytes, Set.of(key), true),
                    RdfMessages.SYNTAX_RDF_TEXT_FIELD_HOLDS.text(key),
                    RdfMessages.WRITE_TEXT_EN.text());
        }
        Matcher address = NOT_AN_IRI.matcher(message);
        if (address.matches()) {
            return notAnAddress(source, bytes, address.group(1));
        }
        return new ReadException(ReaderRule.SYNTAX_RDF, new Location.Text(source, 0, 0),
                RdfMessages.SYNTAX_RDF_JSON_LD_PROCESSOR.text(),
                AS_WRITTEN);
    }

    /**
     * An address the processor would drop, such as a program page pasted with a space: placed at the
     * string written so, and named with the character no IRI holds when it has one.
     */
    private static ReadException notAnAddress(String source, byte[] bytes, String iri) {
        String shown = iri.length() > 120 ? iri.substring(0, 120) + "…" : iri;
        Location at = new Location.Text(source, 0, 0);
        try (JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING && p.getString().equals(iri)) {
                    at = new Location.Text(source, p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr());
                    break;
                }
            }
        } catch (RuntimeException ignored) {
            // The file passed the JSON scan already; a place is a help, not a must.
        }
        for (int i = 0; i < iri.length(); i = iri.offsetByCodePoints(i, 1)) {
            int c = iri.codePointAt(i);
            if (IriWords.neverInAnIri(c)) {
                return new ReadException(ReaderRule.SYNTAX_RDF, at,
                        RdfMessages.JSONLD_ADDRESS_BAD_CHARACTER.text(shown, IriWords.name(c)),
                        RdfMessages.IRI_BAD_CHARACTER_FIX.text(IriWords.percentEncoded(c)));
            }
        }
        return new ReadException(ReaderRule.SYNTAX_RDF, at, RdfMessages.JSONLD_ADDRESS_NOT_IRI.text(shown),
                RdfMessages.JSONLD_ADDRESS_NOT_IRI_FIX.text());
    }

    /** The line and column of the first key in {@code keys} (whose value is not a string, unless {@code any}). */
    private static Location place(String source, byte[] bytes, Set<String> keys, boolean any) {
        if (keys.isEmpty()) {
            return new Location.Text(source, 0, 0);
        }
        try (JsonParser p = JsonFactory.builder().build().createParser(ObjectReadContext.empty(), bytes)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.PROPERTY_NAME && keys.contains(p.currentName())) {
                    var at = p.currentTokenLocation();
                    if (p.nextToken() != JsonToken.VALUE_STRING || any) {
                        return new Location.Text(source, at.getLineNr(), at.getColumnNr());
                    }
                }
            }
        } catch (RuntimeException ignored) {
            // The file passed the JSON scan already; a place is a help, not a must.
        }
        return new Location.Text(source, 0, 0);
    }
}
