package org.opdl.schema.artifact;

import java.util.List;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.vocab.Iris;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the JSON-LD 1.1 context. Its top level defines the terms of a listing and of a dataset;
 * each object-valued term carries a property-scoped context that defines the object's own fields,
 * because one key can mean different things in different objects ({@code amount} of a fee is a
 * monetary amount, {@code amount} of a monetary amount is a decimal). Inside an organization the
 * term {@code provider} is the prefix of provider ids, which at the top level is the property.
 */
final class ContextGenerator {

    private static final String LICENCE_TERM = "_licence";

    private ContextGenerator() {
    }

    /** The context document. */
    static String generate() {
        ObjectNode ctx = JsonSchemaGenerator.MAPPER.createObjectNode();
        ctx.put("@version", 1.1);
        // JSON-LD has no comment syntax; this unused term states the licence inside the document.
        ctx.put(LICENCE_TERM, "https://creativecommons.org/licenses/by/4.0/");
        // A key the definition does not know becomes an opdl: property that the closed SHACL
        // shapes reject, instead of being dropped silently as JSON-LD does with undefined terms.
        ctx.put("@vocab", Iris.NS);
        ctx.put("opdl", Iris.NS);
        ctx.put("schema", "https://schema.org/");
        ctx.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        ctx.put("listing", Iris.LISTING);
        ctx.put("id", "@id");
        ctx.put("type", "@type");
        for (FieldTree tree : List.of(FieldTree.listing(), FieldTree.dataset())) {
            ctx.put(tree.record().rdfClass(), "opdl:" + tree.record().rdfClass());
        }
        for (FieldTree tree : List.of(FieldTree.listing(), FieldTree.dataset())) {
            terms(ctx, tree.root().children());
        }
        ObjectNode doc = JsonSchemaGenerator.MAPPER.createObjectNode();
        doc.set("@context", ctx);
        return Json.pretty(doc);
    }

    private static void terms(ObjectNode ctx, List<Field> fields) {
        for (Field f : fields) {
            if (f.isKeyword()) {
                continue;
            }
            if (ctx.has(f.name())) {
                throw new IllegalStateException("the term " + f.name() + " is defined twice at one level");
            }
            ctx.set(f.name(), term(f));
        }
    }

    private static ObjectNode term(Field f) {
        ObjectNode t = JsonSchemaGenerator.MAPPER.createObjectNode();
        t.put("@id", "opdl:" + f.definition().rdfProperty().orElseThrow());
        switch (f.type()) {
            case TEXT -> t.put("@container", "@language");
            case URL -> t.put("@type", "@id");
            case CODE -> {
                t.put("@type", "@vocab");
                t.set("@context", JsonSchemaGenerator.MAPPER.createObjectNode()
                        .put("@vocab", Iris.VOCAB + f.scheme().orElseThrow() + "/"));
            }
            case DECIMAL -> t.put("@type", "xsd:decimal");
            case INTEGER -> t.put("@type", "xsd:integer");
            case BOOLEAN -> t.put("@type", "xsd:boolean");
            case DATE -> t.put("@type", "xsd:date");
            case DATE_TIME -> t.put("@type", "xsd:dateTime");
            case DURATION -> t.put("@type", "xsd:duration");
            case OBJECT -> {
                if (!f.isRecordReference()) {
                    ObjectNode scoped = JsonSchemaGenerator.MAPPER.createObjectNode();
                    if (f.children().stream().anyMatch(c -> c.isId() && c.scheme().orElse("").equals("provider"))) {
                        scoped.put("provider", Iris.PROVIDER);
                    }
                    terms(scoped, f.children());
                    t.set("@context", scoped);
                }
            }
            default -> { }
        }
        if (f.ordered()) {
            t.put("@container", "@list");
        }
        return t;
    }
}
