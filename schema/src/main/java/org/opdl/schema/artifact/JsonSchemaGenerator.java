package org.opdl.schema.artifact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes the JSON Schema (draft 2020-12) of a listing or a dataset from the definition. Objects of
 * one class share one {@code $defs} entry; a dataset's listings refer to the listing schema by its
 * {@code $id}. Codes are an {@code enum} of every code of the scheme, deprecated ones included, so
 * that a deprecated code is a vocabulary warning from the validator rather than a schema error.
 */
final class JsonSchemaGenerator {

    static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String LANGUAGE_MAP = "LanguageMap";

    private final FieldTree tree;
    private final Vocabulary vocabulary;
    private final Map<String, ObjectNode> defs = new LinkedHashMap<>();

    private JsonSchemaGenerator(FieldTree tree, Vocabulary vocabulary) {
        this.tree = tree;
        this.vocabulary = vocabulary;
    }

    /** The schema of a listing ({@link Artifact#JSON_SCHEMA}) or a dataset ({@link Artifact#DATASET_SCHEMA}). */
    static String generate(Artifact artifact, Vocabulary vocabulary) {
        FieldTree tree = artifact == Artifact.DATASET_SCHEMA ? FieldTree.dataset() : FieldTree.listing();
        return Json.pretty(new JsonSchemaGenerator(tree, vocabulary).schema(artifact));
    }

    private ObjectNode schema(Artifact artifact) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", artifact.iri());
        var cls = StandardDefinition.classNamed(tree.record().rdfClass()).orElseThrow();
        root.put("title", "OPDL " + StandardDefinition.version() + ": " + cls.label().en() + " / " + cls.label().fr());
        root.put("description", cls.definition().en() + " / " + cls.definition().fr());
        root.put("$comment", "Open Professional Development Listings (OPDL) " + StandardDefinition.version()
                + ". Licence: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/. Generated from "
                + "standard/listing/*.csv; do not edit.");
        objectBody(root, tree.root().children());
        root.set("examples", MAPPER.createArrayNode().add(example(tree)));
        ObjectNode text = MAPPER.createObjectNode();
        text.put("title", "Language map / Table de langues");
        text.put("description", "Text by BCP 47 language tag, such as {\"en\": \"…\", \"fr\": \"…\"}: at least one "
                + "language, and no empty text. / Du texte par étiquette de langue BCP 47 : au moins une langue, "
                + "et aucun texte vide.");
        text.put("type", "object");
        text.put("minProperties", 1);
        text.set("propertyNames", MAPPER.createObjectNode().put("pattern", ValueRules.LANGUAGE));
        text.set("additionalProperties", MAPPER.createObjectNode().put("type", "string")
                .put("minLength", 1).put("pattern", ValueRules.NOT_BLANK));
        ObjectNode all = MAPPER.createObjectNode();
        all.set(LANGUAGE_MAP, text);
        defs.forEach(all::set);
        root.set("$defs", all);
        return root;
    }

    private void objectBody(ObjectNode target, List<Field> fields) {
        target.put("type", "object");
        ObjectNode properties = target.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (Field f : fields) {
            properties.set(f.name(), property(f));
            if (f.required()) {
                required.add(f.name());
            }
        }
        if (!required.isEmpty()) {
            target.set("required", required);
        }
        target.put("minProperties", 1);
        target.put("additionalProperties", false);
    }

    private ObjectNode property(Field f) {
        ObjectNode p = MAPPER.createObjectNode();
        FieldDefinition d = f.definition();
        p.put("title", d.label().en() + " / " + d.label().fr());
        p.put("description", d.definition().en() + " / " + d.definition().fr());
        if (f.repeat()) {
            p.put("type", "array");
            p.set("items", value(f));
            p.put("minItems", 1);
            if (!f.ordered()) {
                p.put("uniqueItems", true);
            }
        } else {
            p.setAll(value(f));
        }
        d.example().ifPresent(e -> p.set("examples", MAPPER.createArrayNode().add(Json.parse(e))));
        return p;
    }

    private ObjectNode value(Field f) {
        ObjectNode v = MAPPER.createObjectNode();
        FieldDefinition d = f.definition();
        if (d.fixed().isPresent()) {
            return v.put("const", d.fixed().get());
        }
        switch (f.type()) {
            case OBJECT -> {
                String cls = f.rdfClass().orElseThrow();
                if (f.isRecordReference()) {
                    return v.put("$ref", Artifact.JSON_SCHEMA.iri());
                }
                if (!defs.containsKey(cls)) {
                    ObjectNode def = MAPPER.createObjectNode();
                    defs.put(cls, def);
                    var c = StandardDefinition.classNamed(cls).orElseThrow();
                    def.put("title", c.label().en() + " / " + c.label().fr());
                    def.put("description", c.definition().en() + " / " + c.definition().fr());
                    objectBody(def, f.children());
                }
                return v.put("$ref", "#/$defs/" + cls);
            }
            case TEXT -> v.put("$ref", "#/$defs/" + LANGUAGE_MAP);
            case STRING, PHONE, EMAIL, LANGUAGE, CURRENCY, COUNTRY -> {
                v.put("type", "string").put("minLength", 1).put("pattern", pattern(d));
                if (f.type() == org.opdl.model.definition.FieldType.EMAIL) {
                    v.put("format", "email");
                }
            }
            case IRI -> v.put("type", "string").put("pattern", ValueRules.id(d));
            case URL -> v.put("type", "string").put("format", "uri").put("pattern", ValueRules.URL);
            case DATE -> v.put("type", "string").put("format", "date").put("pattern", ValueRules.DATE);
            case DATE_TIME -> v.put("type", "string").put("format", "date-time").put("pattern", ValueRules.DATE_TIME);
            case DURATION -> v.put("type", "string").put("minLength", 3).put("pattern", ValueRules.DURATION);
            case DECIMAL -> v.put("type", "string").put("pattern", ValueRules.decimal(d));
            case INTEGER -> {
                v.put("type", "integer");
                d.min().ifPresent(m -> v.put("minimum", m));
                d.max().ifPresent(m -> v.put("maximum", m));
            }
            case BOOLEAN -> v.put("type", "boolean");
            case CODE -> {
                ConceptScheme scheme = vocabulary.scheme(f.scheme().orElseThrow()).orElseThrow();
                v.put("type", "string");
                ArrayNode codes = v.putArray("enum");
                scheme.codes().forEach(codes::add);
            }
            default -> throw new IllegalStateException("no JSON Schema for " + f.type());
        }
        return v;
    }

    private static String pattern(FieldDefinition f) {
        return switch (f.type()) {
            case EMAIL -> ValueRules.EMAIL;
            case PHONE -> ValueRules.PHONE;
            case LANGUAGE -> ValueRules.LANGUAGE;
            case CURRENCY -> ValueRules.CURRENCY;
            case COUNTRY -> ValueRules.COUNTRY;
            default -> ValueRules.NOT_BLANK;
        };
    }

    /** A minimal valid record: every required or fixed field at the top, with its example. */
    static ObjectNode example(FieldTree tree) {
        ObjectNode out = MAPPER.createObjectNode();
        for (Field f : tree.root().children()) {
            FieldDefinition d = f.definition();
            if (!d.required() && d.fixed().isEmpty()) {
                continue;
            }
            JsonNode value = f.isRecordReference()
                    ? MAPPER.createArrayNode().add(example(FieldTree.ofClass(f.rdfClass().orElseThrow())))
                    : Json.parse(d.example().orElseThrow(() -> new IllegalStateException(f.path() + " has no example")));
            out.set(f.name(), value);
        }
        return out;
    }
}
