package org.opdl.cli.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.UsageException;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Crosswalk;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.Lookup;
import org.opdl.model.vocab.MatchKind;
import org.opdl.model.vocab.Vocabulary;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code --lookup} of {@code opdl vocab}: the vocabulary's own labels, plus, for career stages,
 * the crosswalk of provider wording, whose exact or close marking then decides.
 */
final class VocabLookup {

    private final Vocabulary vocabulary;
    private final Lang lang;

    VocabLookup(Vocabulary vocabulary, Lang lang) {
        this.vocabulary = vocabulary;
        this.lang = lang;
    }

    /** One concept the text names: how closely, through what, and which part of the text. */
    private record Hit(Concept concept, MatchKind match, String via, String matched) {
    }

    int run(String text, Optional<String> scheme, boolean json, PrintWriter out) {
        if (text.isBlank() || text.length() > VocabCommand.MAX_LOOKUP) {
            throw new UsageException(CommandMessages.VOCAB_LOOKUP_LOOKUP_NEEDS_WORD.text(VocabCommand.MAX_LOOKUP));
        }
        Lookup.Result found = vocabulary.lookup(text, scheme);
        List<Hit> hits = new ArrayList<>();
        for (Lookup.Match m : found.matches()) {
            hits.add(new Hit(m.concept(), MatchKind.EXACT, via(m.via()), m.matched()));
        }
        List<Crosswalk.Unmapped> unmapped = List.of();
        List<String> criteria = List.of();
        List<String> suggestions = new ArrayList<>(found.suggestions());
        if (scheme.isEmpty() || scheme.get().equals(CareerStageScale.SCHEME)) {
            Crosswalk.Result words = Crosswalk.standard().map(text);
            // The reader is the curated reading of stage wording (it knows the labels too), so it alone names stages.
            hits.removeIf(h -> h.concept().scheme().equals(CareerStageScale.SCHEME));
            criteria = words.criteria();
            if (!words.matches().isEmpty()) {
                List<Hit> stages = new ArrayList<>();
                for (Crosswalk.StageMatch m : words.matches()) {
                    Concept c = vocabulary.concept(CareerStageScale.SCHEME, m.stage()).orElseThrow();
                    stages.add(new Hit(c, m.match(), "crosswalk", m.part()));
                }
                hits.addAll(0, stages);
                unmapped = words.unmapped();
            } else if (hits.isEmpty()) {
                unmapped = words.unmapped();
                words.unmapped().forEach(u -> suggestions.addAll(u.suggestions()));
            }
        }
        List<String> nearest = distinct(suggestions);
        if (json) {
            ObjectNode root = json(text, scheme, hits, unmapped, nearest);
            criteria.forEach(root.putArray("criteria")::add);
            out.println(Json.print(root));
        } else {
            printText(out, text, hits, unmapped, nearest);
            printCriteria(out, criteria);
        }
        return hits.isEmpty() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private void printText(PrintWriter out, String text, List<Hit> hits, List<Crosswalk.Unmapped> unmapped,
            List<String> nearest) {
        boolean fr = lang == Lang.FR;
        String query = printable(text);
        if (hits.isEmpty()) {
            String near = String.join(", ", nearest);
            Text rest = nearest.isEmpty()
                    ? CommandMessages.VOCAB_LOOKUP_NO_LABEL_CLOSE.text()
                    : CommandMessages.VOCAB_LOOKUP_NEAREST_LABELS.text(near);
            out.println(CommandMessages.VOCAB_LOOKUP_NO_CONCEPT_MATCHES.text(query, rest).in(lang));
            return;
        }
        for (Hit h : hits) {
            String kind = h.match() == MatchKind.EXACT ? "exact" : (CommandMessages.VOCAB_LOOKUP_CLOSE.text().in(lang));
            String matched = CommandMessages.VOCAB_LOOKUP_QUOTED.text(printable(h.matched())).in(lang);
            out.println(String.format("%-8s  %s/%s — %s (%s %s)", kind, h.concept().scheme(), h.concept().code(),
                    h.concept().label().in(lang), viaLabel(h.via()), matched));
        }
        for (Crosswalk.Unmapped u : unmapped) {
            String near = String.join(", ", u.suggestions());
            Text nearby = near.isEmpty() ? new Text("", "") : CommandMessages.VOCAB_LOOKUP_NEAREST.text(near);
            out.println(CommandMessages.VOCAB_LOOKUP_UNMAPPED_NAMES_NO.text(printable(u.part()), nearby).in(lang));
        }
    }

    /** The parts read as eligibility criteria, which name no stage. */
    private void printCriteria(PrintWriter out, List<String> criteria) {
        for (String c : criteria) {
            out.println(CommandMessages.VOCAB_LOOKUP_CRITERION_LEFT_ELIGIBILITY.text(printable(c)).in(lang));
        }
    }

    private ObjectNode json(String text, Optional<String> scheme, List<Hit> hits, List<Crosswalk.Unmapped> unmapped,
            List<String> nearest) {
        ObjectNode root = Json.object();
        root.put("query", text);
        root.put("scheme", scheme.orElse(null));
        root.put("found", !hits.isEmpty());
        ArrayNode matches = root.putArray("matches");
        for (Hit h : hits) {
            ObjectNode n = matches.addObject();
            n.put("scheme", h.concept().scheme());
            n.put("code", h.concept().code());
            n.put("iri", h.concept().iri());
            n.put("label", h.concept().label().in(lang));
            n.put("match", h.match().code());
            n.put("via", h.via());
            n.put("matched", h.matched());
        }
        ArrayNode parts = root.putArray("unmapped");
        for (Crosswalk.Unmapped u : unmapped) {
            ObjectNode n = parts.addObject();
            n.put("part", u.part());
            ArrayNode s = n.putArray("suggestions");
            u.suggestions().forEach(s::add);
        }
        ArrayNode s = root.putArray("suggestions");
        if (hits.isEmpty()) {
            nearest.forEach(s::add);
        }
        return root;
    }

    private static String via(Lookup.Via via) {
        return switch (via) {
            case CODE -> "code";
            case LABEL -> "label";
            case ALT_LABEL -> "alt-label";
        };
    }

    private String viaLabel(String via) {
        boolean fr = lang == Lang.FR;
        return switch (via) {
            case "code" -> "code";
            case "label" -> CommandMessages.VOCAB_LOOKUP_LABEL.text().in(lang);
            case "alt-label" -> CommandMessages.VOCAB_LOOKUP_ALTERNATIVE_LABEL.text().in(lang);
            default -> CommandMessages.VOCAB_LOOKUP_CROSSWALK.text().in(lang);
        };
    }

    private static List<String> distinct(List<String> labels) {
        Map<String, String> byKey = new LinkedHashMap<>();
        labels.forEach(l -> byKey.putIfAbsent(Folding.fold(l), l));
        return byKey.values().stream().limit(8).toList();
    }

    /** The text with control characters replaced and shortened, safe to echo to a terminal. */
    static String printable(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
