package org.opdl.schema.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.opdl.model.vocab.Iris;
import org.opdl.schema.shape.Field;
import org.opdl.schema.shape.FieldType;
import org.opdl.schema.shape.Shape;
import org.opdl.schema.shape.Values;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published JSON-LD context of the standard, the only remote document the JSON-LD reader may
 * resolve, and always from the jar. When the standard's context artifact ships on the classpath
 * that file is used; otherwise the context is derived from the field definition by the same rules
 * the mapping follows, so the two can never disagree.
 */
public final class OpdlContext {

    /** The IRI by which listings name the context. */
    public static final String IRI = Iris.BASE + "context/0.1.jsonld";

    private static final String RESOURCE = "org/opdl/schema/0.1/context.jsonld";

    private static final class Holder {
        static final byte[] BYTES = load();
    }

    private OpdlContext() {
    }

    /** The context document's bytes (UTF-8 JSON). */
    public static byte[] bytes() {
        return Holder.BYTES.clone();
    }

    private static byte[] load() {
        try (InputStream in = OpdlContext.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return JsonMapper.builder().build().writeValueAsBytes(derive(Shape.standard()));
    }

    /** The context that the field definition implies. */
    static ObjectNode derive(Shape shape) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode doc = f.objectNode();
        ObjectNode ctx = doc.putObject("@context");
        ctx.put("@version", 1.1);
        ctx.put("opdl", Iris.NS);
        ctx.put("xsd", ListingToRdf.XSD);
        ctx.putObject("listing").put("@id", Values.LISTING_BASE).put("@prefix", true);
        ctx.putObject("provider").put("@id", Values.PROVIDER_BASE).put("@prefix", true);
        ctx.put("Listing", Iris.term("Listing"));
        ctx.putObject("listings").put("@id", Iris.term("listing")).put("@container", "@set");
        terms(shape.listing(), ctx);
        return doc;
    }

    private static void terms(Field parent, ObjectNode ctx) {
        for (Field c : parent.children()) {
            if (c.isId()) {
                ctx.put(c.name(), "@id");
                continue;
            }
            if (c.isType()) {
                ctx.put(c.name(), "@type");
                continue;
            }
            ObjectNode term = ctx.putObject(c.name());
            term.put("@id", c.rdfProperty());
            if (c.repeat() && c.ordered()) {
                term.put("@container", "@list");
            }
            switch (c.type()) {
                case OBJECT:
                    ObjectNode scoped = term.putObject("@context");
                    if (c.child("id").map(Field::isId).orElse(false)) {
                        // Inside an organisation, provider: is the CURIE prefix, not the listing's field.
                        scoped.putObject("provider").put("@id", Values.PROVIDER_BASE).put("@prefix", true);
                    }
                    terms(c, scoped);
                    break;
                case TEXT:
                    term.put("@container", "@language");
                    break;
                case CODE:
                    term.put("@type", "@vocab");
                    term.putObject("@context").put("@vocab", Iris.concept(c.scheme(), ""));
                    break;
                case IRI:
                case URL:
                    term.put("@type", "@id");
                    break;
                default:
                    String dt = ListingToRdf.datatype(c.type());
                    if (dt != null) {
                        term.put("@type", dt);
                    }
            }
            if (c.type() == FieldType.OBJECT && c.children().isEmpty()) {
                term.remove("@context");
            }
        }
    }
}
