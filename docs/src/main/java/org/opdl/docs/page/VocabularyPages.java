package org.opdl.docs.page;

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
        return PageMessages.VOCAB_THIS_VOCABULARY_IN_EVERY.in(lang)
                + Markdown.link("HTML", page + ".html") + " · " + Markdown.link("Markdown", page + ".md") + " · "
                + Markdown.link("Turtle", downloads + "vocabulary.ttl") + " (`text/turtle`) · "
                + Markdown.link("JSON-LD", downloads + "vocabulary.jsonld") + " (`application/ld+json`)"
                + PageMessages.VOCAB_THE_TURTLE_AND_THE.in(lang);
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
        String title = PageMessages.VOCAB_VOCABULARIES.in(lang);
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(formats(lang, "index"));
        md.paragraph(PageMessages.VOCAB_EVERY_CODED_FIELD_OF.in(lang));
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
        md.table(List.of(PageMessages.VOCAB_SCHEME.in(lang), PageMessages.VOCAB_LABEL.in(lang),
                PageMessages.VOCAB_DEFINITION.in(lang), "version", PageMessages.VOCAB_ORDERED.in(lang),
                PageMessages.VOCAB_CONCEPTS_COLUMN.in(lang)), rows);
        return new Page(lang.tag() + "/vocabularies/index.md", lang, title, md.build());
    }

    private Page scheme(Lang lang, ConceptScheme s) {
        Lang other = Words.other(lang);
        String title = s.label().in(lang) + " (" + s.id() + ")";
        Markdown md = new Markdown().heading(1, Markdown.text(s.label().in(lang)) + " (" + Markdown.code(s.id()) + ")");
        md.paragraph(Markdown.prose(s.definition().in(lang)));
        md.paragraph(formats(lang, s.id()));
        md.table(List.of(PageMessages.FIELDS_PROPERTY.in(lang), PageMessages.FIELDS_VALUE.in(lang)), List.of(
                List.of("IRI", Markdown.code(s.iri())),
                List.of("version", Markdown.code(s.version())),
                List.of(PageMessages.VOCAB_LABEL.in(lang) + " (" + Words.languageName(lang, other) + ")",
                        Markdown.text(s.label().in(other))),
                List.of(PageMessages.VOCAB_DEFINITION.in(lang) + " (" + Words.languageName(lang, other) + ")",
                        Markdown.text(s.definition().in(other))),
                List.of(PageMessages.VOCAB_ORDERED.in(lang), Words.yesNo(lang, s.ordered())
                        + (s.ordered() ? PageMessages.VOCAB_THE_ORDER_OF_THE.in(lang) : ""))));
        md.heading(2, PageMessages.FIELDS_SUMMARY.in(lang));
        List<List<String>> rows = new ArrayList<>();
        for (Concept c : s.concepts()) {
            rows.add(List.of(Markdown.link(c.code(), "#" + c.code()), Markdown.text(c.label().in(lang)),
                    Markdown.text(c.label().in(other)),
                    c.deprecated() ? PageMessages.VOCAB_DEPRECATED_CELL.in(lang) : ""));
        }
        md.table(List.of(PageMessages.VOCAB_CODE.in(lang), PageMessages.VOCAB_LABEL.in(lang),
                PageMessages.VOCAB_LABEL.in(lang) + " (" + Words.languageName(lang, other) + ")",
                PageMessages.VOCAB_STATUS.in(lang)), rows);
        md.heading(2, PageMessages.VOCAB_CONCEPTS_HEADING.in(lang));
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
            rows.add(List.of(PageMessages.VOCAB_LABEL.in(lang) + in, Markdown.text(c.label().in(l))));
            rows.add(List.of(PageMessages.VOCAB_DEFINITION.in(lang) + in, Markdown.text(c.definition().in(l))));
        }
        for (Lang l : List.of(lang, other)) {
            rows.add(List.of(PageMessages.VOCAB_ALTERNATIVE_LABELS.in(lang) + " (" + Words.languageName(lang, l) + ")",
                    c.altLabels(l).isEmpty() ? "—"
                            : c.altLabels(l).stream().map(Markdown::text).collect(Collectors.joining(" · "))));
        }
        c.broader().ifPresent(b -> rows.add(List.of(PageMessages.VOCAB_BROADER.in(lang), Markdown.link(b, "#" + b))));
        for (MatchKind kind : MatchKind.values()) {
            List<Mapping> ms = c.mappings().stream().filter(m -> m.kind() == kind).toList();
            if (!ms.isEmpty()) {
                String name = kind == MatchKind.EXACT ? PageMessages.VOCAB_EXACT_MATCH.in(lang)
                        : PageMessages.VOCAB_CLOSE_MATCH.in(lang);
                rows.add(List.of(name + " (" + Markdown.code("skos:" + kind.code() + "Match") + ")",
                        ms.stream().map(m -> "[" + Markdown.code(m.curie()) + "](" + m.iri() + ")")
                                .collect(Collectors.joining(" · "))));
            }
        }
        if (c.deprecated()) {
            rows.add(List.of(PageMessages.VOCAB_STATUS.in(lang), PageMessages.VOCAB_DEPRECATED_BOLD.in(lang)
                    + c.replacedBy().map(r -> PageMessages.VOCAB_USE.in(lang) + Markdown.link(r, "#" + r)).orElse("")));
        }
        md.table(List.of(PageMessages.FIELDS_PROPERTY.in(lang), PageMessages.FIELDS_VALUE.in(lang)), rows);
    }
}
