package org.opdl.schema.artifact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.RecordDefinition;
import org.opdl.model.definition.StandardDefinition;
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

    private final RecordDefinition record;
    private final Vocabulary vocabulary;
    private final Map<String, ObjectNode> defs = new LinkedHashMap<>();

    private JsonSchemaGenerator(RecordDefinition record, Vocabulary vocabulary) {
        this.record = record;
        this.vocabulary = vocabulary;
    }

    /** The schema of a listing ({@link Artifact#JSON_SCHEMA}) or a dataset ({@link Artifact#DATASET_SCHEMA}). */
    static String generate(Artifact artifact, Vocabulary vocabulary) {
        RecordDefinition record = artifact == Artifact.DATASET_SCHEMA
                ? StandardDefinition.dataset() : StandardDefinition.listing();
        return Json.pretty(new JsonSchemaGenerator(record, vocabulary).schema(artifact));
    }

    private ObjectNode schema(Artifact artifact) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", artifact.iri());
        var cls = StandardDefinition.classNamed(record.rdfClass()).orElseThrow();
        root.put("title", "OPDL " + StandardDefinition.version() + ": " + cls.label().en() + " / " + cls.label().fr());
        root.put("description", cls.definition().en() + " / " + cls.definition().fr());
        root.put("$comment", "Open Professional Development Listings (OPDL) " + StandardDefinition.version()
                + ". Licence: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/. Generated from "
                + "standard/listing/*.csv; do not edit.");
        objectBody(root, record.topLevel());
        root.set("examples", MAPPER.createArrayNode().add(example(record)));
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

    private void objectBody(ObjectNode target, List<FieldDefinition> fields) {
        target.put("type", "object");
        ObjectNode properties = target.putObject("properties");
        ArrayNode required = MAPPER.createArrayNode();
        for (FieldDefinition f : fields) {
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

    private ObjectNode property(FieldDefinition f) {
        ObjectNode p = MAPPER.createObjectNode();
        p.put("title", f.label().en() + " / " + f.label().fr());
        p.put("description", f.definition().en() + " / " + f.definition().fr());
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
        f.example().ifPresent(e -> p.set("examples", MAPPER.createArrayNode().add(Json.parse(e))));
        return p;
    }

    private ObjectNode value(FieldDefinition f) {
        ObjectNode v = MAPPER.createObjectNode();
        if (f.fixed().isPresent()) {
            return v.put("const", f.fixed().get());
        }
        switch (f.type()) {
            case OBJECT -> {
                String cls = f.rdfClass().orElseThrow();
                if (record.isRecordReference(f)) {
                    return v.put("$ref", Artifact.JSON_SCHEMA.iri());
                }
                if (!defs.containsKey(cls)) {
                    ObjectNode def = MAPPER.createObjectNode();
                    defs.put(cls, def);
                    var c = StandardDefinition.classNamed(cls).orElseThrow();
                    def.put("title", c.label().en() + " / " + c.label().fr());
                    def.put("description", c.definition().en() + " / " + c.definition().fr());
                    objectBody(def, record.children(f.path()));
                }
                return v.put("$ref", "#/$defs/" + cls);
            }
            case TEXT -> v.put("$ref", "#/$defs/" + LANGUAGE_MAP);
            case STRING, PHONE, EMAIL, LANGUAGE, CURRENCY, COUNTRY -> {
                v.put("type", "string").put("minLength", 1).put("pattern", pattern(f));
                if (f.type() == org.opdl.model.definition.FieldType.EMAIL) {
                    v.put("format", "email");
                }
            }
            case IRI -> v.put("type", "string").put("pattern", ValueRules.id(f));
            case URL -> v.put("type", "string").put("format", "uri").put("pattern", ValueRules.URL);
            case DATE -> v.put("type", "string").put("format", "date").put("pattern", ValueRules.DATE);
            case DATE_TIME -> v.put("type", "string").put("format", "date-time").put("pattern", ValueRules.DATE_TIME);
            case DURATION -> v.put("type", "string").put("minLength", 3).put("pattern", ValueRules.DURATION);
            case DECIMAL -> v.put("type", "string").put("pattern", ValueRules.decimal(f));
            case INTEGER -> {
                v.put("type", "integer");
                f.min().ifPresent(m -> v.put("minimum", m));
                f.max().ifPresent(m -> v.put("maximum", m));
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
    static ObjectNode example(RecordDefinition record) {
        ObjectNode out = MAPPER.createObjectNode();
        for (FieldDefinition f : record.topLevel()) {
            if (!f.required() && f.fixed().isEmpty()) {
                continue;
            }
            JsonNode value = record.isRecordReference(f)
                    ? MAPPER.createArrayNode().add(example(StandardDefinition.ofClass(f.rdfClass().orElseThrow())))
                    : Json.parse(f.example().orElseThrow(() -> new IllegalStateException(f.path() + " has no example")));
            out.set(f.name(), value);
        }
        return out;
    }
}
