package org.opdl.schema.artifact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opdl.model.definition.ClassDefinition;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.field.Field;
import org.opdl.model.field.FieldTree;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Iris;
import org.opdl.model.vocab.MatchKind;
import org.opdl.model.vocab.Vocabulary;

/**
 * Makes the RDF vocabulary in Turtle: the ontology header, every class and property of the
 * definition with English and French labels and comments and their alignment to schema.org and
 * CTDL, then every concept scheme of the vocabulary in SKOS; the ordered career-stage scale is also
 * an ordered collection.
 */
final class VocabularyGenerator {

    private VocabularyGenerator() {
    }

    /** The vocabulary document. */
    static String generate(Vocabulary vocabulary) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("opdl", Iris.NS);
        prefixes.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        prefixes.put("owl", "http://www.w3.org/2002/07/owl#");
        prefixes.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        prefixes.put("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.put("dct", "http://purl.org/dc/terms/");
        prefixes.putAll(new TreeMap<>(vocabulary.prefixes()));
        Turtle t = new Turtle("OPDL vocabulary " + StandardDefinition.version()
                + ". CC BY 4.0. Generated from standard/; do not edit.", prefixes);
        t.subject(Turtle.iri(Artifact.VOCABULARY.iri()), List.of(
                "a owl:Ontology",
                "dct:title " + Turtle.lang("Open Professional Development Listings (OPDL) vocabulary", "en") + ", "
                        + Turtle.lang("Vocabulaire des fiches ouvertes de perfectionnement professionnel (OPDL)", "fr"),
                "owl:versionInfo " + Turtle.literal(StandardDefinition.version()),
                "dct:license " + Turtle.LICENCE));
        for (ClassDefinition c : StandardDefinition.classes()) {
            List<String> lines = new ArrayList<>(List.of("a owl:Class", "rdfs:label " + Turtle.both(c.label()),
                    "rdfs:comment " + Turtle.both(c.definition()), "rdfs:isDefinedBy " + Turtle.iri(Artifact.VOCABULARY.iri())));
            if (!c.aligns().isEmpty()) {
                lines.add("rdfs:subClassOf " + String.join(", ", c.aligns()));
            }
            t.subject("opdl:" + c.name(), lines);
        }
        properties(t);
        for (ConceptScheme s : vocabulary.schemes()) {
            scheme(t, s);
        }
        return t.toString();
    }

    private static void properties(Turtle t) {
        Map<String, FieldDefinition> first = new LinkedHashMap<>();
        Map<String, Set<String>> domains = new LinkedHashMap<>();
        for (FieldTree tree : List.of(FieldTree.listing(), FieldTree.dataset())) {
            for (Field field : tree.fields()) {
                FieldDefinition f = field.definition();
                if (f.rdfProperty().isEmpty()) {
                    continue;
                }
                String p = f.rdfProperty().get();
                first.putIfAbsent(p, f);
                String domain = field.parent().flatMap(Field::rdfClass).orElse(tree.record().rdfClass());
                domains.computeIfAbsent(p, k -> new LinkedHashSet<>()).add("opdl:" + domain);
            }
        }
        first.forEach((p, f) -> {
            boolean object = f.isObject() || f.ordered() || f.type() == org.opdl.model.definition.FieldType.URL
                    || f.type() == org.opdl.model.definition.FieldType.CODE;
            List<String> lines = new ArrayList<>(List.of(
                    "a " + (object ? "owl:ObjectProperty" : "owl:DatatypeProperty"),
                    "rdfs:label " + Turtle.both(f.label()),
                    "rdfs:comment " + Turtle.both(f.definition()),
                    "rdfs:isDefinedBy " + Turtle.iri(Artifact.VOCABULARY.iri())));
            Set<String> d = domains.get(p);
            lines.add((d.size() == 1 ? "rdfs:domain " : "schema:domainIncludes ") + String.join(", ", d));
            lines.add("rdfs:range " + range(f));
            if (!f.aligns().isEmpty() && !f.ordered()) {
                lines.add("rdfs:subPropertyOf " + String.join(", ", f.aligns()));
            }
            t.subject("opdl:" + p, lines);
        });
    }

    private static String range(FieldDefinition f) {
        if (f.ordered()) {
            return "rdf:List";
        }
        return switch (f.type()) {
            case OBJECT -> "opdl:" + f.rdfClass().orElseThrow();
            case TEXT -> "rdf:langString";
            case URL -> "rdfs:Resource";
            case CODE -> "skos:Concept";
            case DATE -> "xsd:date";
            case DATE_TIME -> "xsd:dateTime";
            case DURATION -> "xsd:duration";
            case INTEGER -> f.min().filter(m -> m.signum() >= 0).isPresent() ? "xsd:nonNegativeInteger" : "xsd:integer";
            case DECIMAL -> "xsd:decimal";
            case BOOLEAN -> "xsd:boolean";
            default -> "xsd:string";
        };
    }

    private static void scheme(Turtle t, ConceptScheme s) {
        List<String> lines = new ArrayList<>(List.of("a skos:ConceptScheme",
                "skos:prefLabel " + Turtle.both(s.label()), "skos:definition " + Turtle.both(s.definition()),
                "owl:versionInfo " + Turtle.literal(s.version()), "dct:license " + Turtle.LICENCE));
        List<String> top = s.concepts().stream().filter(c -> c.broader().isEmpty()).map(c -> Turtle.iri(c.iri())).toList();
        lines.add("skos:hasTopConcept " + String.join(", ", top));
        t.subject(Turtle.iri(s.iri()), lines);
        for (Concept c : s.concepts()) {
            concept(t, s, c);
        }
        if (s.ordered()) {
            t.subject(Turtle.iri(s.iri() + "#order"), List.of("a skos:OrderedCollection",
                    "skos:prefLabel " + Turtle.both(s.label()),
                    "skos:memberList ( " + String.join(" ", s.concepts().stream().filter(c -> !c.deprecated())
                            .map(c -> Turtle.iri(c.iri())).toList()) + " )"));
        }
    }

    private static void concept(Turtle t, ConceptScheme s, Concept c) {
        List<String> lines = new ArrayList<>(List.of("a skos:Concept", "skos:notation " + Turtle.literal(c.code()),
                "skos:prefLabel " + Turtle.both(c.label()), "skos:definition " + Turtle.both(c.definition())));
        List<String> alt = new ArrayList<>();
        c.altLabelsEn().forEach(a -> alt.add(Turtle.lang(a, "en")));
        c.altLabelsFr().forEach(a -> alt.add(Turtle.lang(a, "fr")));
        if (!alt.isEmpty()) {
            lines.add("skos:altLabel " + String.join(", ", alt));
        }
        lines.add("skos:inScheme " + Turtle.iri(s.iri()));
        if (c.broader().isEmpty()) {
            lines.add("skos:topConceptOf " + Turtle.iri(s.iri()));
        } else {
            lines.add("skos:broader " + Turtle.iri(Iris.concept(s.id(), c.broader().get())));
        }
        for (MatchKind kind : MatchKind.values()) {
            List<String> targets = c.mappings().stream().filter(m -> m.kind() == kind).map(m -> Turtle.iri(m.iri())).toList();
            if (!targets.isEmpty()) {
                lines.add((kind == MatchKind.EXACT ? "skos:exactMatch " : "skos:closeMatch ") + String.join(", ", targets));
            }
        }
        if (c.deprecated()) {
            lines.add("owl:deprecated true");
            c.replacedBy().ifPresent(r -> lines.add("dct:isReplacedBy " + Turtle.iri(Iris.concept(s.id(), r))));
        }
        t.subject(Turtle.iri(c.iri()), lines);
    }
}
