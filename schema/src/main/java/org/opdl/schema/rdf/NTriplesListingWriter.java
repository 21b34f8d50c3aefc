package org.opdl.schema.rdf;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import org.opdl.schema.format.ListingWriter;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.DatasetFields;
import org.opdl.model.field.FieldTree;
import tools.jackson.databind.node.ObjectNode;

/**
 * The N-Triples fast path: writes each listing's triples as soon as the listing is read, with no
 * graph in between. A dataset's node and its own fields come first; then each listing's triples
 * come together, after the triple that links the dataset to it, links before the nodes they point
 * to, which is what lets {@link NTriplesListingReader} read the file back listing by listing. A test
 * proves the output isomorphic to the JSON-LD reading of the same listings. Blank node labels start
 * with a prefix drawn at random for each output, so that joined outputs never share a node.
 */
public final class NTriplesListingWriter implements ListingWriter, TripleSink {

    private final Writer out;
    private final ListingToRdf mapping;
    private long blanks;
    private Term datasetNode;
    /**
     * The start of every blank node label of this output, random, so that two outputs joined into
     * one file (the usual way to combine N-Triples) never share a blank node.
     */
    private final String prefix = "b" + Long.toHexString(new SecureRandom().nextLong() | Long.MIN_VALUE) + "x";
    private boolean written;

    /** A writer onto {@code out}. */
    public NTriplesListingWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.mapping = new ListingToRdf(FieldTree.listing());
    }

    @Override
    public void begin(ObjectNode dataset, SourceMap map) throws IOException {
        if (dataset != null) {
            try {
                datasetNode = mapping.emitDataset(DatasetFields.marked(dataset, map), map, this);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
    }

    @Override
    public void write(SourceRecord record) throws IOException {
        try {
            mapping.emit(record.listing(), record.sourceMap(), this, datasetNode);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void end(ObjectNode trailer, SourceMap map) throws IOException {
        ObjectNode after = datasetNode == null ? null : DatasetFields.trailing(trailer);
        try {
            if (after != null) {
                mapping.emitDatasetMore(datasetNode, after, map, this);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!written) {
            // An empty file is refused on reading, as in every format; a comment keeps "no listings" readable.
            out.write("# OPDL: no listings\n");
        }
        out.flush();
    }

    @Override
    public Term blank() {
        return Term.blank(prefix + Long.toString(blanks++, 36));
    }

    @Override
    public void node(Term subject, String predicate, Term object) {
        try {
            term(subject);
            out.write(" <");
            iri(predicate);
            out.write("> ");
            term(object);
            out.write(" .\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void literal(Term subject, String predicate, String lexical, String datatype, String lang) {
        try {
            term(subject);
            out.write(" <");
            iri(predicate);
            out.write("> \"");
            string(lexical);
            out.write('"');
            if (lang != null) {
                out.write('@');
                out.write(lang);
            } else if (datatype != null) {
                out.write("^^<");
                out.write(datatype);
                out.write('>');
            }
            out.write(" .\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void term(Term t) throws IOException {
        written = true;
        if (t.blank()) {
            out.write("_:");
            out.write(t.value());
        } else {
            out.write('<');
            iri(t.value());
            out.write('>');
        }
    }

    private void iri(String iri) throws IOException {
        // Values checked the IRI already; escaping here only guards the syntax.
        out.write(iri);
    }

    private void string(String s) throws IOException {
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc;
            switch (c) {
                case '"':
                    esc = "\\\"";
                    break;
                case '\\':
                    esc = "\\\\";
                    break;
                case '\n':
                    esc = "\\n";
                    break;
                case '\r':
                    esc = "\\r";
                    break;
                default:
                    if (c >= 0x20 && c != 0x7F) {
                        continue;
                    }
                    esc = String.format(Locale.ROOT, "\\u%04X", (int) c);
            }
            out.write(s, start, i - start);
            out.write(esc);
            start = i + 1;
        }
        out.write(s, start, s.length() - start);
    }
}
