package org.opdl.schema.rdf;

import java.io.StringReader;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.opdl.schema.artifact.Artifact;

/** The standard's SHACL shapes, parsed once from the jar, and a way to run them on a graph. */
public final class StandardShapes {

    private static final class Loaded {
        static final Shapes SHAPES = Shapes.parse(parse(Artifact.SHAPES.text()));
    }

    private StandardShapes() {
    }

    /** The parsed shapes. */
    public static Shapes shapes() {
        return Loaded.SHAPES;
    }

    /** Validates a graph, such as one {@link JsonLdReader} made, against the shapes. */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(Loaded.SHAPES, data);
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(turtle)).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
