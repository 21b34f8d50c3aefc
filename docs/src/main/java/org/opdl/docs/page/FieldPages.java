package org.opdl.docs.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opdl.docs.markdown.Markdown;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.RecordDefinition;
import org.opdl.model.field.JsonPointer;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Iris;

/**
 * The field reference: for a listing and for a dataset, every field with its type, whether it is
 * required, its meaning, its JSON pointer, its spreadsheet headings, its RDF property and an
 * example, all read from the standard's definition tables.
 */
public final class FieldPages {

    private final RecordDefinition listing;
    private final RecordDefinition dataset;

    /** Pages for these two record definitions. */
    public FieldPages(RecordDefinition listing, RecordDefinition dataset) {
        this.listing = listing;
        this.dataset = dataset;
    }

    /** The listing and dataset pages in one language. */
    public List<Page> pages(Lang lang) {
        return List.of(page(lang, listing, PageMessages.FIELDS_FIELDS_OF_A_LISTING.in(lang), PageMessages.FIELDS_A_LISTING_DESCRIBES_ONE.in(lang)),
                page(lang, dataset, PageMessages.FIELDS_FIELDS_OF_A_DATASET.in(lang), PageMessages.FIELDS_A_DATASET_GATHERS_LISTINGS.in(lang)));
    }

    private Page page(Lang lang, RecordDefinition record, String title, String intro) {
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(intro);
        md.paragraph(PageMessages.FIELDS_RDF_CLASS.in(lang) + Markdown.code(Iris.term(record.rdfClass()))
                + (record.aligns().isEmpty() ? "" : PageMessages.FIELDS_CLASS_ALIGNED_WITH.in(lang)
                        + String.join(", ", record.aligns().stream().map(Markdown::code).toList())) + ".");
        if (record == listing) {
            threeValues(md, lang);
        }
        md.heading(2, PageMessages.FIELDS_SUMMARY.in(lang));
        List<List<String>> rows = new ArrayList<>();
        for (FieldDefinition f : record.fields()) {
            rows.add(List.of(Markdown.link(f.path(), "#" + anchor(f)), type(lang, f),
                    f.required() ? PageMessages.FIELDS_YES.in(lang) : PageMessages.FIELDS_NO.in(lang),
                    Markdown.text(f.label().in(lang))));
        }
        md.table(List.of(PageMessages.FIELDS_FIELD.in(lang), "type", PageMessages.FIELDS_REQUIRED.in(lang),
                PageMessages.FIELDS_NAME.in(lang)), rows);
        md.heading(2, PageMessages.FIELDS_FIELDS.in(lang));
        for (FieldDefinition f : record.fields()) {
            field(md, lang, record, f);
        }
        return new Page(lang.tag() + "/fields/" + record.name() + ".md", lang, title, md.build());
    }

    /**
     * What a field's absence means since 0.2 (ADR 7): a fact is stated, said to be none, or not
     * stated, and the three never read as one another.
     */
    private static void threeValues(Markdown md, Lang lang) {
        md.heading(2, PageMessages.FIELDS_STATED_NONE_NOT_STATED.in(lang));
        md.paragraph(PageMessages.FIELDS_ONLY_THE_FIELDS_MARKED.in(lang));
        md.bullets(List.of(
                PageMessages.FIELDS_STATED_THE_FIELD_IS.in(lang),
                PageMessages.FIELDS_NONE_THE_PROVIDER_SAYS.in(lang),
                PageMessages.FIELDS_NOT_STATED_NEITHER_THE.in(lang)));
        md.paragraph(PageMessages.FIELDS_THE_VALIDATOR_COUNTS_THE.in(lang));
    }

    private static void field(Markdown md, Lang lang, RecordDefinition record, FieldDefinition f) {
        md.anchor(anchor(f));
        md.heading(3, Markdown.code(f.path()));
        md.paragraph(Markdown.prose(f.definition().in(lang)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(PageMessages.FIELDS_NAME.in(lang), Markdown.text(f.label().in(lang))
                + " · " + Markdown.text(f.label().in(Words.other(lang)))));
        rows.add(List.of("type", type(lang, f)));
        rows.add(List.of(PageMessages.FIELDS_REQUIRED.in(lang), required(lang, f)));
        if (f.repeat()) {
            rows.add(List.of(PageMessages.FIELDS_REPEATED.in(lang), f.ordered()
                    ? PageMessages.FIELDS_REPEATED_ORDERED.in(lang)
                    : PageMessages.FIELDS_REPEATED_UNORDERED.in(lang)));
        }
        f.min().ifPresent(v -> rows.add(List.of(PageMessages.FIELDS_MINIMUM.in(lang), Markdown.code(v.toPlainString()))));
        f.max().ifPresent(v -> rows.add(List.of(PageMessages.FIELDS_MAXIMUM.in(lang), Markdown.code(v.toPlainString()))));
        f.fixed().ifPresent(v -> rows.add(List.of(PageMessages.FIELDS_ONLY_VALUE.in(lang), Markdown.code(v))));
        rows.add(List.of(PageMessages.FIELDS_JSON_POINTER.in(lang), Markdown.code(pointer(record, f))));
        f.heading().ifPresent(h -> {
            rows.add(List.of(PageMessages.FIELDS_SPREADSHEET_HEADING_ENGLISH.in(lang), Markdown.code(h.en())));
            rows.add(List.of(PageMessages.FIELDS_SPREADSHEET_HEADING_FRENCH.in(lang), Markdown.code(h.fr())));
        });
        rows.add(List.of(PageMessages.FIELDS_RDF.in(lang), rdf(lang, f)));
        f.rdfClass().filter(c -> f.isObject()).ifPresent(c ->
                rows.add(List.of(PageMessages.FIELDS_RDF_CLASS_OF_THE.in(lang), Markdown.code(Iris.term(c)))));
        if (!f.aligns().isEmpty()) {
            rows.add(List.of(PageMessages.FIELDS_ALIGNED_WITH.in(lang),
                    String.join(", ", f.aligns().stream().map(Markdown::code).toList())));
        }
        f.example().ifPresent(e -> rows.add(List.of(PageMessages.FIELDS_EXAMPLE.in(lang), Markdown.code(e))));
        md.table(List.of(PageMessages.FIELDS_PROPERTY.in(lang), PageMessages.FIELDS_VALUE.in(lang)), rows);
    }

    /** The anchor of a field on its page: its dotted path, with {@code @} dropped. */
    public static String anchor(FieldDefinition f) {
        return f.path().replace("@", "");
    }

    /** The JSON pointer of a field in a record, with {@code 0} for the first item of each array on the way. */
    public static String pointer(RecordDefinition record, FieldDefinition f) {
        StringBuilder out = new StringBuilder();
        String[] parts = f.path().split("\\.");
        String path = "";
        for (int i = 0; i < parts.length; i++) {
            path = path.isEmpty() ? parts[i] : path + "." + parts[i];
            out.append('/').append(JsonPointer.escape(parts[i]));
            Optional<FieldDefinition> on = record.field(path);
            if (i < parts.length - 1 && on.isPresent() && on.get().repeat()) {
                out.append("/0");
            }
        }
        return out.toString();
    }

    private static String type(Lang lang, FieldDefinition f) {
        String type = Markdown.code(f.type().code());
        if (f.type() == FieldType.CODE && f.scheme().isPresent()) {
            String s = f.scheme().get();
            type += PageMessages.FIELDS_OF.in(lang) + Markdown.link(s, "../vocabularies/" + s + ".md");
        } else if (f.type() == FieldType.IRI && f.scheme().isPresent()) {
            type += " (" + Markdown.code(f.scheme().get() + ":") + ")";
        }
        return f.repeat() ? type + " [ ]" : type;
    }

    private static String required(Lang lang, FieldDefinition f) {
        if (!f.required()) {
            return PageMessages.FIELDS_NO.in(lang);
        }
        return f.parent().isEmpty() ? PageMessages.FIELDS_YES.in(lang)
                : PageMessages.FIELDS_YES_WHEN_IS_PRESENT.in(lang, f.parent().get());
    }

    private static String rdf(Lang lang, FieldDefinition f) {
        if (f.isNodeId()) {
            return PageMessages.FIELDS_THE_NODE_S_IRI.in(lang);
        }
        if (f.isNodeType()) {
            return PageMessages.FIELDS_THE_NODE_S_CLASS.in(lang);
        }
        if (f.isContextReference()) {
            return PageMessages.FIELDS_NO_TRIPLE_THE_JSON.in(lang);
        }
        return f.rdfProperty().map(p -> Markdown.code(Iris.term(p))).orElse("—");
    }
}
