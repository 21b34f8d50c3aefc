package org.opdl.cli.sparql;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.opdl.schema.artifact.Artifact;

/**
 * One SPARQL 1.1 Update request that replaces every graph of a publication: first {@code DROP
 * SILENT GRAPH} of each, then one {@code INSERT DATA} holding each graph's N-Triples (which are
 * SPARQL triples as they are written). A store runs one request as one transaction, so the graphs
 * are either all replaced or all left as they were. The body is read from the graphs' files while
 * it is sent, never held in memory.
 */
final class UpdateBody {

    /** The media type of the body. */
    static final String TYPE = "application/sparql-update";

    private final List<ProviderGraphs.Part> parts;
    private final byte[] vocabulary;

    /** The request that puts the vocabulary and each of {@code parts} in its graph. */
    UpdateBody(List<ProviderGraphs.Part> parts) {
        this.parts = List.copyOf(parts);
        this.vocabulary = vocabularyTriples();
    }

    /** The graphs the request replaces: the vocabulary's first, then each part's. */
    List<String> graphs() {
        List<String> all = new ArrayList<>();
        all.add(Publisher.vocabularyGraph());
        parts.forEach(p -> all.add(p.graph()));
        return all;
    }

    /** A new stream of the whole body each time it is asked for (a request sent again after a challenge reads it anew). */
    Supplier<InputStream> body() {
        return () -> {
            List<Supplier<InputStream>> pieces = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            for (String g : graphs()) {
                head.append("DROP SILENT GRAPH <").append(g).append("> ;\n");
            }
            head.append("INSERT DATA {\n");
            pieces.add(text(head.append(open(Publisher.vocabularyGraph()))));
            pieces.add(() -> new ByteArrayInputStream(vocabulary));
            for (ProviderGraphs.Part p : parts) {
                pieces.add(text(new StringBuilder("}\n").append(open(p.graph()))));
                pieces.add(() -> {
                    try {
                        return Files.newInputStream(p.file());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            pieces.add(text(new StringBuilder("}\n}\n")));
            Iterator<Supplier<InputStream>> next = pieces.iterator();
            // Each piece is opened only when the one before it is read to its end.
            return new SequenceInputStream(new Enumeration<InputStream>() {
                @Override
                public boolean hasMoreElements() {
                    return next.hasNext();
                }

                @Override
                public InputStream nextElement() {
                    return next.next().get();
                }
            });
        };
    }

    private static String open(String graph) {
        return "GRAPH <" + graph + "> {\n";
    }

    private static Supplier<InputStream> text(CharSequence s) {
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        return () -> new ByteArrayInputStream(bytes);
    }

    /** The standard's vocabulary as N-Triples. */
    private static byte[] vocabularyTriples() {
        try (InputStream in = UpdateBody.class.getClassLoader().getResourceAsStream(Artifact.VOCABULARY.resource())) {
            Graph g = RDFParser.source(in).lang(Lang.TURTLE).base(Artifact.VOCABULARY.iri()).toGraph();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, g, Lang.NTRIPLES);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
