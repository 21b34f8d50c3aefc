package org.opdl.schema.shape;

import java.util.Optional;
import java.util.regex.Pattern;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldHomes;
import org.opdl.model.field.FieldTree;
import org.opdl.model.field.JsonPointer;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import tools.jackson.databind.JsonNode;

/**
 * Rules about values that every non-JSON format shares: which JSON kind each field type takes,
 * how the {@code listing:} and {@code provider:} CURIEs expand, and what counts as an absolute IRI,
 * a language tag or a code. A value that breaks them cannot be carried and stops a conversion.
 */
public final class Values {

    /** The base of listing IRIs, which the {@code listing:} CURIE abbreviates. */
    public static final String LISTING_BASE = Iris.BASE + "listing/";
    /** The base of provider IRIs, which the {@code provider:} CURIE abbreviates. */
    public static final String PROVIDER_BASE = Iris.BASE + "provider/";

    private static final Pattern ABSOLUTE_IRI = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|^`\\\\\\x00-\\x20]*");
    private static final Pattern LANG_TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._~-]+");

    private Values() {
    }

    /** The IRI a CURIE or IRI value stands for. */
    public static String expand(String value) {
        if (value.startsWith("listing:")) {
            return LISTING_BASE + value.substring(8);
        }
        if (value.startsWith("provider:")) {
            return PROVIDER_BASE + value.substring(9);
        }
        return value;
    }

    /** The CURIE for an IRI under the listing or provider base, else the IRI itself. */
    public static String compact(String iri) {
        if (iri.startsWith(LISTING_BASE) && iri.length() > LISTING_BASE.length()) {
            return "listing:" + iri.substring(LISTING_BASE.length());
        }
        if (iri.startsWith(PROVIDER_BASE) && iri.length() > PROVIDER_BASE.length()) {
            return "provider:" + iri.substring(PROVIDER_BASE.length());
        }
        return iri;
    }

    /** True for an absolute IRI that N-Triples can carry. */
    public static boolean isAbsoluteIri(String s) {
        return ABSOLUTE_IRI.matcher(s).matches();
    }

    /** True for a well-formed BCP 47 language tag. */
    public static boolean isLangTag(String s) {
        return LANG_TAG.matcher(s).matches();
    }

    /** True for a string that can be a concept code, and so the last segment of a concept IRI. */
    public static boolean isCode(String s) {
        return CODE.matcher(s).matches();
    }

    /** True when {@code node} is the JSON kind that {@code type} takes in the standard's JSON form. */
    public static boolean hasKind(FieldType type, JsonNode node) {
        switch (type) {
            case OBJECT:
            case TEXT:
                return node.isObject();
            case INTEGER:
                return node.isIntegralNumber();
            case BOOLEAN:
                return node.isBoolean();
            default:
                return node.isString();
        }
    }

    /** The JSON kind a type takes, for messages. */
    public static Text kind(FieldType type) {
        switch (type) {
            case OBJECT:
                return ShapeMessages.OBJECT.text();
            case TEXT:
                return ShapeMessages.LANGUAGE_MAP_SUCH.text();
            case INTEGER:
                return ShapeMessages.WHOLE_NUMBER.text();
            case BOOLEAN:
                return ShapeMessages.TRUE_FALSE.text();
            case DECIMAL:
                return ShapeMessages.DECIMAL_WRITTEN_STRING.text();
            default:
                return ShapeMessages.STRING.text();
        }
    }

    /** The error for a value that cannot be carried, placed through the record's source map. */
    public static ReadException unmappable(SourceMap map, String pointer, Text what, Text fix) {
        return new ReadException(ReaderRule.CONVERT_UNMAPPABLE, map.locate(pointer), what, fix);
    }

    /** The error for a value of the wrong JSON kind for its field. */
    public static ReadException wrongKind(SourceMap map, String pointer, Field field) {
        Text kind = kind(field.type());
        return unmappable(map, pointer,
                ShapeMessages.MUST.text(field.path(), kind),
                ShapeMessages.WRITE_VALUE_OPDL.text(kind));
    }

    /**
     * The error for a field the standard does not define at this level; when a listing has a field
     * of that name elsewhere ({@code places} on the listing is {@code intakes.places}), it says where,
     * nearest first.
     */
    public static ReadException unknownField(SourceMap map, String pointer) {
        int slash = pointer.lastIndexOf('/');
        String key = JsonPointer.unescape(pointer.substring(slash + 1));
        Optional<Text> homes = FieldHomes.ofKey(FieldTree.listing(), pointer.substring(0, slash), key);
        if (homes.isPresent()) {
            return unmappable(map, pointer, ShapeMessages.NOT_FIELD_HERE.text(pointer, homes.get()),
                    ShapeMessages.MOVE_FIELD_HOME.text(homes.get()));
        }
        return unmappable(map, pointer,
                ShapeMessages.NOT_FIELD_STANDARD.text(pointer),
                ShapeMessages.REMOVE_RENAME_FIELD.text());
    }
}
