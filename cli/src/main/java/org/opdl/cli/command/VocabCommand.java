package org.opdl.cli.command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.option.FormatOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.OutputFormat;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Nearest;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Mapping;
import org.opdl.model.vocab.MatchKind;
import org.opdl.model.vocab.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code opdl vocab}: lists the vocabulary's schemes and concepts, and looks up codes and labels. */
@Command(name = "vocab", mixinStandardHelpOptions = true,
        description = {"List the vocabulary's concept schemes, the concepts of one scheme, or look up a "
                + "code, label or alternative label in English or French.",
            "A lookup in the career-stage scheme (or in all schemes) also reads provider wording such as "
                + "\"emerging and mid-level\" through the crosswalk. Exit 1 when a lookup finds nothing."})
public final class VocabCommand implements Callable<Integer> {

    /** The longest text a lookup accepts; provider wording is a few words. */
    static final int MAX_LOOKUP = 200;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCHEME",
            description = "A scheme id, such as career-stage or program-type; all schemes when absent.")
    private String scheme;

    @Option(names = "--lookup", paramLabel = "TEXT",
            description = "A code, label or alternative label to look up, in English or French.")
    private String lookup;

    @Mixin
    private LangOption langOption;

    @Mixin
    private FormatOption formatOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Lang lang = langOption.lang();
        OutputFormat format = formatOption.format();
        if (format == OutputFormat.sarif) {
            throw new UsageException(CommandMessages.VOCAB_OPDL_VOCAB_PRINTS.text());
        }
        Vocabulary vocabulary = Vocabulary.standard();
        Optional<ConceptScheme> named = Optional.empty();
        if (scheme != null) {
            named = Optional.of(vocabulary.scheme(scheme).orElseThrow(() -> unknownScheme(vocabulary)));
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean json = format == OutputFormat.json;
        if (lookup != null) {
            return new VocabLookup(vocabulary, lang).run(lookup, named.map(ConceptScheme::id), json, out);
        }
        if (named.isEmpty()) {
            listSchemes(vocabulary, lang, json, out);
        } else {
            listConcepts(named.get(), lang, json, out);
        }
        return ExitCode.OK;
    }

    private UsageException unknownScheme(Vocabulary vocabulary) {
        String shown = VocabLookup.printable(scheme);
        String all = String.join(", ", vocabulary.schemeIds());
        List<String> near = Nearest.among(scheme, vocabulary.schemeIds(), 1);
        Object hint = near.isEmpty() ? "" : CommandMessages.VOCAB_DID_YOU_MEAN.text(near.get(0));
        return new UsageException(CommandMessages.VOCAB_UNKNOWN_SCHEME_SCHEMES.text(shown, hint, all));
    }

    private static void listSchemes(Vocabulary vocabulary, Lang lang, boolean json, PrintWriter out) {
        if (json) {
            ObjectNode root = Json.object();
            ArrayNode schemes = root.putArray("schemes");
            for (ConceptScheme s : vocabulary.schemes()) {
                ObjectNode n = schemes.addObject();
                n.put("id", s.id());
                n.put("iri", s.iri());
                n.put("version", s.version());
                n.put("label", s.label().in(lang));
                n.put("ordered", s.ordered());
                n.put("concepts", s.concepts().size());
            }
            out.println(Json.print(root));
            return;
        }
        int width = vocabulary.schemeIds().stream().mapToInt(String::length).max().orElse(0);
        for (ConceptScheme s : vocabulary.schemes()) {
            out.println(String.format("%-" + width + "s  %s  %s (%d %s)", s.id(), s.version(), s.label().in(lang),
                    s.concepts().size(), "concepts"));
        }
    }

    private static void listConcepts(ConceptScheme s, Lang lang, boolean json, PrintWriter out) {
        boolean fr = lang == Lang.FR;
        if (json) {
            ObjectNode root = Json.object();
            root.put("scheme", s.id());
            root.put("iri", s.iri());
            root.put("version", s.version());
            root.put("label", s.label().in(lang));
            root.put("definition", s.definition().in(lang));
            ArrayNode concepts = root.putArray("concepts");
            s.concepts().forEach(c -> concepts.add(concept(c, lang)));
            out.println(Json.print(root));
            return;
        }
        out.println(s.label().in(lang) + " (" + s.iri() + ", " + s.version() + ")");
        out.println(s.definition().in(lang));
        for (Concept c : s.concepts()) {
            out.println();
            out.println(c.code() + " — " + c.label().in(lang));
            out.println("  " + c.definition().in(lang));
            if (!c.altLabels(lang).isEmpty()) {
                out.println((CommandMessages.VOCAB_ALSO.text().in(lang)) + String.join(" | ", c.altLabels(lang)));
            }
            c.broader().ifPresent(b -> out.println((CommandMessages.VOCAB_BROADER.text().in(lang)) + b));
            for (Mapping m : c.mappings()) {
                String kind = m.kind() == MatchKind.EXACT ? (CommandMessages.VOCAB_EXACT_MATCH.text().in(lang))
                        : (CommandMessages.VOCAB_CLOSE_MATCH.text().in(lang));
                out.println("  " + kind + (CommandMessages.VOCAB_COLON.text().in(lang)) + m.curie());
            }
            if (c.deprecated()) {
                out.println(CommandMessages.VOCAB_DEPRECATED_REPLACED.text(c.replacedBy().orElse("?")).in(lang));
            }
        }
    }

    private static ObjectNode concept(Concept c, Lang lang) {
        ObjectNode n = Json.object();
        n.put("code", c.code());
        n.put("iri", c.iri());
        n.put("label", c.label().in(lang));
        n.put("definition", c.definition().in(lang));
        ArrayNode alt = n.putArray("altLabels");
        c.altLabels(lang).forEach(alt::add);
        n.put("broader", c.broader().orElse(null));
        ArrayNode exact = n.putArray("exactMatch");
        ArrayNode close = n.putArray("closeMatch");
        for (Mapping m : c.mappings()) {
            (m.kind() == MatchKind.EXACT ? exact : close).add(m.iri());
        }
        n.put("deprecated", c.deprecated());
        n.put("replacedBy", c.replacedBy().orElse(null));
        return n;
    }
}
