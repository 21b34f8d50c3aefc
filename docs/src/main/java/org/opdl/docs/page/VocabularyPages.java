package org.opdl.docs.page;

import static org.opdl.docs.page.Words.t;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opdl.docs.markdown.Markdown;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Mapping;
import org.opdl.model.vocab.MatchKind;
import org.opdl.model.vocab.Vocabulary;

/**
 * The vocabulary pages: a list of the concept schemes, and one page per scheme giving every
 * concept's code, IRI, labels and definitions in both languages, alternative labels, mappings and
 * deprecation.
 */
public final class VocabularyPages {

    private final Vocabulary vocabulary;
    private final String version;

    /** Pages for this vocabulary, of this version of the standard (whose downloads they link to). */
    public VocabularyPages(Vocabulary vocabulary, String version) {
        this.vocabulary = vocabulary;
        this.version = version;
    }

    /**
     * Where the same vocabulary is published in every format, as a line of links from a page two
     * folders below the site root: these pages (HTML and Markdown), Turtle and JSON-LD.
     */
    private String formats(Lang lang, String page) {
        String downloads = "../../downloads/" + version + "/";
        return t(lang, "This vocabulary in every format: ", "Ce vocabulaire dans chaque format : ")
                + Markdown.link("HTML", page + ".html") + " · " + Markdown.link("Markdown", page + ".md") + " · "
                + Markdown.link("Turtle", downloads + "vocabulary.ttl") + " (`text/turtle`) · "
                + Markdown.link("JSON-LD", downloads + "vocabulary.jsonld") + " (`application/ld+json`)"
                + t(lang, ". The Turtle and the JSON-LD are the same graph; the IRIs below resolve to each of them "
                        + "by content type.", ". Le Turtle et le JSON-LD forment le même graphe; les IRI ci-dessous "
                        + "mènent à l'un ou l'autre selon le type de contenu demandé.");
    }

    /** The index and the scheme pages in one language. */
    public List<Page> pages(Lang lang) {
        List<Page> pages = new ArrayList<>();
        pages.add(index(lang));
        for (ConceptScheme s : vocabulary.schemes()) {
            pages.add(scheme(lang, s));
        }
        return pages;
    }

    private Page index(Lang lang) {
        String title = t(lang, "Vocabularies", "Vocabulaires");
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(formats(lang, "index"));
        md.paragraph(t(lang,
                "Every coded field of a listing takes a concept of one of these SKOS concept schemes. Each "
                        + "scheme and each concept has a stable IRI, a label and a definition in English and "
                        + "French, and the words providers use for it. The vocabulary is published as Turtle and "
                        + "JSON-LD in the [downloads](../downloads.md), and governed as described in the "
                        + "[guide for industry bodies](../guides/industry-bodies.md).",
                "Chaque champ codé d'une fiche prend un concept de l'un de ces vocabulaires SKOS. Chaque "
                        + "vocabulaire et chaque concept a un IRI stable, un libellé et une définition en "
                        + "français et en anglais, ainsi que les mots qu'emploient les organismes. Le vocabulaire "
                        + "est publié en Turtle et en JSON-LD dans les [téléchargements](../downloads.md) et géré comme le "
                        + "décrit le [guide des organismes du milieu](../guides/industry-bodies.md)."));
        List<List<String>> rows = new ArrayList<>();
        for (ConceptScheme s : vocabulary.schemes()) {
            rows.add(List.of(
                    Markdown.link(s.id(), s.id() + ".md"),
                    Markdown.text(s.label().in(lang)),
                    Markdown.text(s.definition().in(lang)),
                    Markdown.code(s.version()),
                    Words.yesNo(lang, s.ordered()),
                    "" + s.concepts().size()));
        }
        md.table(List.of(t(lang, "scheme", "vocabulaire"), t(lang, "label", "libellé"),
                t(lang, "definition", "définition"), "version", t(lang, "ordered", "ordonné"),
                t(lang, "concepts", "concepts")), rows);
        return new Page(lang.tag() + "/vocabularies/index.md", lang, title, md.build());
    }

    private Page scheme(Lang lang, ConceptScheme s) {
        Lang other = Words.other(lang);
        String title = s.label().in(lang) + " (" + s.id() + ")";
        Markdown md = new Markdown().heading(1, Markdown.text(s.label().in(lang)) + " (" + Markdown.code(s.id()) + ")");
        md.paragraph(Markdown.prose(s.definition().in(lang)));
        md.paragraph(formats(lang, s.id()));
        md.table(List.of(t(lang, "property", "propriété"), t(lang, "value", "valeur")), List.of(
                List.of("IRI", Markdown.code(s.iri())),
                List.of("version", Markdown.code(s.version())),
                List.of(t(lang, "label", "libellé") + " (" + Words.languageName(lang, other) + ")",
                        Markdown.text(s.label().in(other))),
                List.of(t(lang, "definition", "définition") + " (" + Words.languageName(lang, other) + ")",
                        Markdown.text(s.definition().in(other))),
                List.of(t(lang, "ordered", "ordonné"), Words.yesNo(lang, s.ordered())
                        + (s.ordered() ? t(lang, ": the order of the concepts below is the scale's",
                                " : l'ordre des concepts ci-dessous est celui de l'échelle") : ""))));
        md.heading(2, t(lang, "Summary", "Sommaire"));
        List<List<String>> rows = new ArrayList<>();
        for (Concept c : s.concepts()) {
            rows.add(List.of(Markdown.link(c.code(), "#" + c.code()), Markdown.text(c.label().in(lang)),
                    Markdown.text(c.label().in(other)),
                    c.deprecated() ? t(lang, "deprecated", "obsolète") : ""));
        }
        md.table(List.of(t(lang, "code", "code"), t(lang, "label", "libellé"),
                t(lang, "label", "libellé") + " (" + Words.languageName(lang, other) + ")",
                t(lang, "status", "statut")), rows);
        md.heading(2, t(lang, "Concepts", "Concepts"));
        for (Concept c : s.concepts()) {
            concept(md, lang, s, c);
        }
        return new Page(lang.tag() + "/vocabularies/" + s.id() + ".md", lang, title, md.build());
    }

    private static void concept(Markdown md, Lang lang, ConceptScheme s, Concept c) {
        Lang other = Words.other(lang);
        md.anchor(c.code());
        md.heading(3, Markdown.text(c.label().in(lang)) + " (" + Markdown.code(c.code()) + ")");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("IRI", Markdown.code(c.iri())));
        for (Lang l : List.of(lang, other)) {
            String in = " (" + Words.languageName(lang, l) + ")";
            rows.add(List.of(t(lang, "label", "libellé") + in, Markdown.text(c.label().in(l))));
            rows.add(List.of(t(lang, "definition", "définition") + in, Markdown.text(c.definition().in(l))));
        }
        for (Lang l : List.of(lang, other)) {
            rows.add(List.of(t(lang, "alternative labels", "autres libellés") + " (" + Words.languageName(lang, l) + ")",
                    c.altLabels(l).isEmpty() ? "—"
                            : c.altLabels(l).stream().map(Markdown::text).collect(Collectors.joining(" · "))));
        }
        c.broader().ifPresent(b -> rows.add(List.of(t(lang, "broader", "concept générique"), Markdown.link(b, "#" + b))));
        for (MatchKind kind : MatchKind.values()) {
            List<Mapping> ms = c.mappings().stream().filter(m -> m.kind() == kind).toList();
            if (!ms.isEmpty()) {
                String name = kind == MatchKind.EXACT ? t(lang, "exact match", "correspondance exacte")
                        : t(lang, "close match", "correspondance proche");
                rows.add(List.of(name + " (" + Markdown.code("skos:" + kind.code() + "Match") + ")",
                        ms.stream().map(m -> "[" + Markdown.code(m.curie()) + "](" + m.iri() + ")")
                                .collect(Collectors.joining(" · "))));
            }
        }
        if (c.deprecated()) {
            rows.add(List.of(t(lang, "status", "statut"), t(lang, "**deprecated**", "**obsolète**")
                    + c.replacedBy().map(r -> t(lang, "; use ", " ; employer ") + Markdown.link(r, "#" + r)).orElse("")));
        }
        md.table(List.of(t(lang, "property", "propriété"), t(lang, "value", "valeur")), rows);
    }
}
