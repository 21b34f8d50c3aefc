package org.opdl.model.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opdl.model.text.Text;

/**
 * One field of a listing or a dataset: one row of {@code standard/listing/fields.csv} or
 * {@code dataset.csv}. Every artifact of the standard is made from these rows.
 *
 * @param path the dotted JSON path from the record, such as {@code intakes.applicationDeadline}
 * @param type the kind of value
 * @param scheme for codes, the concept scheme; for identifiers, the IRI space ({@code listing} or {@code provider})
 * @param required true when the field must be present within its parent object
 * @param repeat true when the value is a JSON array of one or more items
 * @param ordered true when the order of the items means something (an RDF list)
 * @param min the smallest allowed number, for integers and decimals
 * @param max the largest allowed number, for integers and decimals
 * @param rdfProperty the local name of the property in {@code https://w3id.org/opdl/ns#}; empty for
 *     {@code id}, {@code type} and {@code @context}, which JSON-LD keywords carry
 * @param rdfClass for objects (and for the {@code type} row, for the record itself), the class's local name
 * @param aligns prefixed names of schema.org or CTDL terms this property or class specializes
 * @param heading the spreadsheet heading in English and French; empty for objects and keywords
 * @param label the field's name in English and French
 * @param definition what the field means, in English and French
 * @param example an example value as JSON text
 * @param fixed the one value allowed, for {@code type}, {@code @context} and {@code standardVersion}
 * @param sheetWording how coordinators word the field's cells in a spreadsheet beyond its type,
 *     which the spreadsheet readers also read; empty for most fields
 * @param sheetUnit what a whole-number field counts, as a spreadsheet names it after the number,
 *     which the spreadsheet readers also read; empty for most fields
 */
public record FieldDefinition(
        String path,
        FieldType type,
        Optional<String> scheme,
        boolean required,
        boolean repeat,
        boolean ordered,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        Optional<String> rdfProperty,
        Optional<String> rdfClass,
        List<String> aligns,
        Optional<Text> heading,
        Text label,
        Text definition,
        Optional<String> example,
        Optional<String> fixed,
        Optional<SheetWording> sheetWording,
        Optional<SheetUnit> sheetUnit) {

    /** The path of the {@code @context} field. */
    public static final String CONTEXT = "@context";

    /** Requires every part and copies the list; cross-row checks are the loader's. */
    public FieldDefinition {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(rdfProperty, "rdfProperty");
        Objects.requireNonNull(rdfClass, "rdfClass");
        aligns = List.copyOf(aligns);
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(fixed, "fixed");
        Objects.requireNonNull(sheetWording, "sheetWording");
        Objects.requireNonNull(sheetUnit, "sheetUnit");
        if (ordered && !repeat) {
            throw new IllegalArgumentException(path + ": only a repeated field can be ordered");
        }
        sheetWording.filter(w -> !w.fits(type, scheme)).ifPresent(w -> {
            throw new IllegalArgumentException("the sheet wording " + w.code() + " is for a " + w.fitting()
                    + ", not a " + type.code() + scheme.map(s -> " of " + s).orElse(""));
        });
        sheetUnit.filter(u -> !u.fits(type)).ifPresent(u -> {
            throw new IllegalArgumentException("the sheet unit " + u.code() + " is for an integer, not a " + type.code());
        });
    }

    /** The JSON key: the last part of the path. */
    public String name() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The path of the object this field sits in, or empty at the top of the record. */
    public Optional<String> parent() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(path.substring(0, dot));
    }

    /** How deep the field sits: 0 at the top of the record. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '.').count();
    }

    /** True for the {@code id} field of a record or object, which JSON-LD carries as {@code @id}. */
    public boolean isNodeId() {
        return name().equals("id") && type == FieldType.IRI;
    }

    /** True for the {@code type} field, which JSON-LD carries as {@code @type}. */
    public boolean isNodeType() {
        return name().equals("type") && depth() == 0;
    }

    /** True for the {@code @context} field, a JSON-LD keyword that carries no data. */
    public boolean isContextReference() {
        return path.equals(CONTEXT);
    }

    /** True for the three fields that JSON-LD keywords carry rather than a property. */
    public boolean isKeyword() {
        return isNodeId() || isNodeType() || isContextReference();
    }

    /** True when the field's value is a JSON object (or an array of them). */
    public boolean isObject() {
        return type == FieldType.OBJECT;
    }
}
