package org.opdl.schema.artifact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.vocab.Iris;
import org.opdl.model.vocab.Vocabulary;

/**
 * Makes the SHACL shapes, as strict as the JSON Schema: one closed node shape per class, counts
 * from {@code required} and {@code repeat}, datatypes, the JSON Schema's patterns, concept IRIs as
 * {@code sh:in} lists, numeric bounds, one text per language, and no empty object. A listing is
 * found by its class, as the object of {@code opdl:listing}, or as the subject of a property only
 * listings have, since its {@code type} is optional.
 */
final class ShapesGenerator {

    private static final String SH = "https://w3id.org/opdl/shapes#";

    private final Vocabulary vocabulary;
    private final Turtle turtle;
    private final Map<String, Boolean> done = new LinkedHashMap<>();

    private ShapesGenerator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("sh", "http://www.w3.org/ns/shacl#");
        prefixes.put("opdl", Iris.NS);
        prefixes.put("shapes", SH);
        prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        prefixes.put("owl", "http://www.w3.org/2002/07/owl#");
        prefixes.put("dct", "http://purl.org/dc/terms/");
        turtle = new Turtle("OPDL SHACL shapes " + StandardDefinition.version()
                + ". CC BY 4.0. Generated from standard/; do not edit.", prefixes);
    }

    /** The shapes document. */
    static String generate(Vocabulary vocabulary) {
        ShapesGenerator g = new ShapesGenerator(vocabulary);
        g.turtle.subject(Turtle.iri(Artifact.SHAPES.iri()), List.of("a owl:Ontology",
                "dct:title " + Turtle.lang("OPDL SHACL shapes", "en") + ", " + Turtle.lang("Formes SHACL d'OPDL", "fr"),
                "owl:versionInfo " + Turtle.literal(StandardDefinition.version()),
                "dct:license " + Turtle.LICENCE));
        g.record(FieldTree.listing(), List.of(FieldTree.dataset()));
        g.record(FieldTree.dataset(), List.of(FieldTree.listing()));
        return g.turtle.toString();
    }

    private void record(FieldTree tree, List<FieldTree> others) {
        String rdfClass = tree.record().rdfClass();
        List<String> targets = new ArrayList<>(List.of("sh:targetClass opdl:" + rdfClass));
        for (FieldTree other : others) {
            other.fields().stream().filter(Field::isRecordReference)
                    .filter(f -> f.rdfClass().orElseThrow().equals(rdfClass))
                    .forEach(f -> targets.add("sh:targetObjectsOf opdl:" + f.definition().rdfProperty().orElseThrow()));
        }
        for (Field f : tree.root().children()) {
            String p = f.definition().rdfProperty().orElse("");
            boolean onlyHere = !p.isEmpty() && used(tree, p) == 1
                    && others.stream().allMatch(o -> used(o, p) == 0);
            if (onlyHere) {
                targets.add("sh:targetSubjectsOf opdl:" + p);
            }
        }
        List<String> lines = new ArrayList<>(List.of("a sh:NodeShape"));
        lines.addAll(targets);
        lines.add("sh:property [ sh:path rdf:type ; sh:in ( opdl:" + rdfClass + " ) ]");
        node(lines, tree.root().children());
        turtle.subject("shapes:" + rdfClass + "Shape", lines);
    }

    private static long used(FieldTree tree, String property) {
        return tree.fields().stream().filter(f -> f.definition().rdfProperty().orElse("").equals(property)).count();
    }

    private void node(List<String> lines, List<Field> fields) {
        Field id = fields.stream().filter(Field::isId).findFirst().orElse(null);
        if (id == null) {
            lines.add("sh:nodeKind sh:BlankNode");
        } else if (id.required()) {
            lines.add("sh:nodeKind sh:IRI");
            lines.add("sh:pattern " + Turtle.literal(ValueRules.HTTPS_IRI));
        } else {
            lines.add("sh:or ( [ sh:nodeKind sh:BlankNode ] [ sh:nodeKind sh:IRI ; sh:pattern "
                    + Turtle.literal(ValueRules.HTTPS_IRI) + " ] )");
        }
        lines.add("sh:closed true");
        lines.add("sh:ignoredProperties ( rdf:type )");
        List<String> anyOf = new ArrayList<>();
        for (Field f : fields) {
            if (f.isKeyword()) {
                continue;
            }
            lines.addAll(property(f));
            anyOf.add("[ sh:path opdl:" + f.definition().rdfProperty().orElseThrow() + " ; sh:minCount 1 ]");
        }
        if (fields.stream().noneMatch(Field::required)) {
            lines.add("sh:or ( " + String.join(" ", anyOf) + " )");
        }
    }

    private List<String> property(Field f) {
        FieldDefinition d = f.definition();
        String path = "opdl:" + d.rdfProperty().orElseThrow();
        String names = "sh:name " + Turtle.both(d.label()) + " ; sh:description " + Turtle.both(d.definition());
        List<String> value = value(f);
        if (f.ordered()) {
            List<String> head = new ArrayList<>(List.of("sh:path " + path, names, "sh:maxCount 1",
                    "sh:not [ sh:hasValue rdf:nil ]"));
            if (f.required()) {
                head.add("sh:minCount 1");
            }
            List<String> members = new ArrayList<>(List.of(
                    "sh:path ( " + path + " [ sh:zeroOrMorePath rdf:rest ] rdf:first )"));
            members.addAll(value);
            return List.of(bracket(head), bracket(members));
        }
        List<String> shape = new ArrayList<>(List.of("sh:path " + path, names));
        if (f.required()) {
            shape.add("sh:minCount 1");
        }
        if (!f.repeat() && f.type() != FieldType.TEXT) {
            shape.add("sh:maxCount 1");
        }
        shape.addAll(value);
        return List.of(bracket(shape));
    }

    private static String bracket(List<String> parts) {
        return "sh:property [\n        " + String.join(" ;\n        ", parts) + "\n    ]";
    }

    private List<String> value(Field f) {
        FieldDefinition d = f.definition();
        List<String> v = new ArrayList<>();
        switch (f.type()) {
            case OBJECT -> {
                String cls = f.rdfClass().orElseThrow();
                v.add("sh:node shapes:" + cls + "Shape");
                if (!f.isRecordReference() && done.putIfAbsent(cls, true) == null) {
                    List<String> lines = new ArrayList<>(List.of("a sh:NodeShape"));
                    node(lines, f.children());
                    turtle.subject("shapes:" + cls + "Shape", lines);
                }
            }
            case TEXT -> v.addAll(List.of("sh:datatype rdf:langString", "sh:uniqueLang true", "sh:minLength 1",
                    "sh:pattern " + Turtle.literal(ValueRules.NOT_BLANK)));
            case URL -> v.addAll(List.of("sh:nodeKind sh:IRI", "sh:pattern " + Turtle.literal(ValueRules.URL)));
            case CODE -> {
                List<String> iris = vocabulary.scheme(f.scheme().orElseThrow()).orElseThrow().concepts().stream()
                        .map(c -> Turtle.iri(c.iri())).toList();
                v.add("sh:in ( " + String.join(" ", iris) + " )");
            }
            case DATE -> v.addAll(typed("xsd:date", ValueRules.DATE));
            case DATE_TIME -> v.addAll(typed("xsd:dateTime", ValueRules.DATE_TIME));
            case DURATION -> v.addAll(typed("xsd:duration", ValueRules.DURATION));
            case DECIMAL -> v.addAll(typed("xsd:decimal", ValueRules.decimal(d)));
            case INTEGER -> v.add("sh:datatype xsd:integer");
            case BOOLEAN -> v.add("sh:datatype xsd:boolean");
            case EMAIL -> v.addAll(typed("xsd:string", ValueRules.EMAIL));
            case PHONE -> v.addAll(typed("xsd:string", ValueRules.PHONE));
            case LANGUAGE -> v.addAll(typed("xsd:string", ValueRules.LANGUAGE));
            case CURRENCY -> v.addAll(typed("xsd:string", ValueRules.CURRENCY));
            case COUNTRY -> v.addAll(typed("xsd:string", ValueRules.COUNTRY));
            case STRING -> v.addAll(List.of("sh:datatype xsd:string", "sh:minLength 1",
                    "sh:pattern " + Turtle.literal(ValueRules.NOT_BLANK)));
            default -> throw new IllegalStateException("no shape for " + f.type());
        }
        if (f.type() == FieldType.INTEGER || f.type() == FieldType.DECIMAL) {
            d.min().ifPresent(m -> v.add("sh:minInclusive " + m.toPlainString()));
            d.max().ifPresent(m -> v.add("sh:maxInclusive " + m.toPlainString()));
        }
        return v;
    }

    private static List<String> typed(String datatype, String pattern) {
        return List.of("sh:datatype " + datatype, "sh:pattern " + Turtle.literal(pattern));
    }
}
