package org.opdl.schema.rdf;

import org.opdl.schema.format.ReaderRule;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
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

    private static final Text AS_WRITTEN = new Text("write the document as opdl convert --to jsonld writes it (docs/formats.md)",
            "écrivez le document comme l'écrit opdl convert --to jsonld (docs/formats.md)");
    private static final Meaning CONTEXT = new Meaning(
            new Text("a local @context changes terms of the OPDL context", "un @context local modifie des termes du contexte OPDL"),
            new Text("remove the local @context: the OPDL context defines every field", "supprimez le @context local : le contexte OPDL définit chaque champ"),
            Set.of("@context"));
    private static final Map<String, Meaning> MEANINGS = Map.of(
            "INVALID_TYPE_VALUE", new Meaning(new Text("a \"type\" that is not the name of a class", "un « type » qui n'est pas le nom d'une classe"),
                    new Text("write \"type\": \"Listing\" (or leave it out)", "écrivez \"type\": \"Listing\" (ou omettez-le)"), Set.of("type", "@type")),
            "INVALID_KEYWORD_ID_VALUE", new Meaning(new Text("an \"id\" that is not a string", "un « id » qui n'est pas une chaîne"),
                    new Text("write the id as a string, such as \"listing:cmpa/prime-time\"", "écrivez l'identifiant comme une chaîne, par exemple \"listing:cmpa/prime-time\""),
                    Set.of("id", "@id")),
            "INVALID_LANGUAGE_MAP_VALUE", new Meaning(new Text("a text whose value in a language is not a string", "un texte dont la valeur dans une langue n'est pas une chaîne"),
                    new Text("write the text as {\"en\": \"…\", \"fr\": \"…\"}", "écrivez le texte sous la forme {\"en\": \"…\", \"fr\": \"…\"}"), Set.of()),
            "COLLIDING_KEYWORDS", new Meaning(new Text("two keys of one object that mean the same keyword (such as \"id\" and \"@id\")",
                    "deux clés d'un même objet qui signifient le même mot-clé (comme « id » et « @id »)"),
                    new Text("keep one of the two keys", "gardez une seule des deux clés"), Set.of()),
            "INVALID_VALUE_OBJECT", new Meaning(new Text("a value object ({\"@value\": …}) that JSON-LD does not allow there",
                    "un objet valeur ({\"@value\": …}) que JSON-LD n'admet pas à cet endroit"), AS_WRITTEN, Set.of()),
            "INVALID_LANGUAGE_TAGGED_STRING", new Meaning(new Text("a language tag that is not well formed", "une étiquette de langue mal formée"),
                    new Text("use a tag such as en, fr or fr-CA", "utilisez une étiquette comme en, fr ou fr-CA"), Set.of("@language")),
            "INVALID_SET_OR_LIST_OBJECT", new Meaning(new Text("a list or set written in a way JSON-LD does not allow",
                    "une liste ou un ensemble écrit d'une façon que JSON-LD n'admet pas"), AS_WRITTEN, Set.of("@list", "@set")),
            "INVALID_REVERSE_PROPERTY", new Meaning(new Text("an @reverse property, which no field of the standard uses",
                    "une propriété @reverse, qu'aucun champ de la norme n'utilise"), AS_WRITTEN, Set.of("@reverse")),
            "LOADING_DOCUMENT_FAILED", new Meaning(new Text("a document that is not JSON-LD", "un document qui n'est pas du JSON-LD"),
                    new Text("give a dataset object or an array of listings", "donnez un objet jeu de données ou un tableau de fiches"), Set.of()));

    private static final Pattern CODE = Pattern.compile("\\[code=([A-Z_]+)\\]");
    private static final Pattern TAG = Pattern.compile("Language tag \\[\"?([^\\]\"]*)\"?\\]");

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
            String words = code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            meaning = new Meaning(new Text("something JSON-LD does not allow (" + words + ")",
                    "une chose que JSON-LD n'admet pas (" + words + ")"), AS_WRITTEN, Set.of());
        }
        return new ReadException(ReaderRule.SYNTAX_RDF, place(source, bytes, meaning.keys(), false),
                new Text("the file is not valid JSON-LD: it holds " + meaning.what().en(),
                        "le fichier n'est pas du JSON-LD valide : il contient " + meaning.what().fr()),
                meaning.fix());
    }

    /** The processor's first warning, which means it would drop a value, as an error. */
    static ReadException warning(String source, byte[] bytes, String message) {
        Matcher m = TAG.matcher(message);
        if (m.find()) {
            String key = m.group(1);
            return new ReadException(ReaderRule.SYNTAX_RDF, place(source, bytes, Set.of(key), true),
                    new Text("a text field holds the key \"" + key + "\", which is not a language tag, so JSON-LD would drop"
                            + " its text (a value object such as {\"@value\": …, \"@language\": …} cannot stand in a text field)",
                            "un champ texte contient la clé « " + key + " », qui n'est pas une étiquette de langue; JSON-LD"
                            + " laisserait donc tomber son texte (un objet valeur comme {\"@value\": …, \"@language\": …} ne peut"
                            + " pas figurer dans un champ texte)"),
                    new Text("write the text as {\"en\": \"…\", \"fr\": \"…\"}", "écrivez le texte sous la forme {\"en\": \"…\", \"fr\": \"…\"}"));
        }
        return new ReadException(ReaderRule.SYNTAX_RDF, new Location.Text(source, 0, 0),
                new Text("the JSON-LD processor would drop a value of the file", "le processeur JSON-LD laisserait tomber une valeur du fichier"),
                AS_WRITTEN);
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
