package org.opdl.schema.artifact;

import java.util.List;
import java.util.Map;
import org.opdl.model.text.Text;

/**
 * A small Turtle writer that prints statements in the order they are given, so that generated
 * files are stable and read well in a diff.
 */
final class Turtle {

    /** The licence of every artifact. */
    static final String LICENCE = "<https://creativecommons.org/licenses/by/4.0/>";

    private final StringBuilder out = new StringBuilder();

    /** Starts a document with a comment line and the given prefixes. */
    Turtle(String comment, Map<String, String> prefixes) {
        out.append("# ").append(comment).append('\n');
        prefixes.forEach((p, iri) -> out.append("@prefix ").append(p).append(": <").append(iri).append("> .\n"));
        out.append('\n');
    }

    /** Writes one subject with its predicate-object lines; each line is "predicate object(s)". */
    Turtle subject(String subject, List<String> lines) {
        out.append(subject);
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? " " : "    ").append(lines.get(i)).append(i + 1 < lines.size() ? " ;\n" : " .\n");
        }
        out.append('\n');
        return this;
    }

    /** A quoted string literal. */
    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A language-tagged literal. */
    static String lang(String s, String tag) {
        return literal(s) + "@" + tag;
    }

    /** English and French literals of a text, as an object list. */
    static String both(Text t) {
        return lang(t.en(), "en") + ", " + lang(t.fr(), "fr");
    }

    /** An IRI reference. */
    static String iri(String iri) {
        return "<" + iri + ">";
    }

    @Override
    public String toString() {
        return out.toString().stripTrailing() + "\n";
    }
}
