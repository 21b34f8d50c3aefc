package org.opdl.schema.xlsx;

import java.util.Optional;
import java.util.StringJoiner;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.FieldType;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.text.Lang;
import org.opdl.model.vocab.Concept;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.schema.csv.SheetForm.SheetColumn;

/**
 * The note on a heading: what the column means and how its cells are written, from the standard's
 * definition, with the example of a code column in the words of its dropdown and that of a yes/no
 * column as the word a person writes (oui, yes).
 */
final class Headings {

    private Headings() {
    }

    /** The note for column {@code c} in {@code lang}. */
    static String note(SheetColumn c, Lang lang) {
        var def = (c.dataset() ? StandardDefinition.dataset() : StandardDefinition.listing()).field(c.path());
        StringBuilder sb = new StringBuilder(def.map(FieldDefinition::definition).map(t -> t.in(lang)).orElse(""));
        if (c.required() && c.path().indexOf('.') < 0) {
            sb.append("\n").append(XlsxMessages.HEADING_REQUIRED.in(lang));
        }
        if (c.pointer().equals("/id") && !c.group().isEmpty()) {
            sb.append("\n").append(XlsxMessages.HEADING_LISTING_ID.in(lang));
        }
        // A field that repeats inside a repeated thing (the groups a fee is waived for) keeps its
        // values in the one cell of its row, separated by ";" as in the CSV form.
        boolean itemList = !c.group().isEmpty() && def.map(FieldDefinition::repeat).orElse(false);
        if (c.list()) {
            sb.append("\n").append(XlsxMessages.HEADING_LIST.in(lang));
        } else if (itemList) {
            sb.append("\n").append(XlsxMessages.HEADING_ITEM_LIST.in(lang));
        }
        if (c.type() == FieldType.CODE) {
            sb.append("\n").append(XlsxMessages.HEADING_CODE.in(lang));
        } else if (c.type() == FieldType.DATE) {
            sb.append("\n").append(XlsxMessages.HEADING_DATE.in(lang));
        }
        def.flatMap(FieldDefinition::example).filter(e -> c.type() != FieldType.TEXT)
                .ifPresent(e -> sb.append("\n").append(XlsxMessages.HEADING_EXAMPLE.in(lang,
                        c.type() == FieldType.BOOLEAN ? yesNo(e, lang)
                                : shown(e.replace("\"", ""), def.flatMap(FieldDefinition::scheme), lang, itemList ? "; " : " | "))));
        return sb.toString().strip();
    }

    /** A yes/no example as a person writes it in {@code lang} (oui, non), which the reader reads as true or false. */
    private static String yesNo(String example, Lang lang) {
        return switch (example) {
            case "true" -> XlsxMessages.HEADING_YES.in(lang);
            case "false" -> XlsxMessages.HEADING_NO.in(lang);
            default -> example;
        };
    }

    /**
     * The example as the column's dropdown shows it: each code of a scheme as its label in
     * {@code lang}, several separated by {@code |}; any other example as written.
     */
    private static String shown(String example, Optional<String> scheme, Lang lang, String separator) {
        Optional<ConceptScheme> concepts = scheme.flatMap(Vocabulary.standard()::scheme);
        if (concepts.isEmpty()) {
            return example;
        }
        String codes = example.startsWith("[") && example.endsWith("]") ? example.substring(1, example.length() - 1) : example;
        StringJoiner labels = new StringJoiner(separator);
        for (String code : codes.split(",")) {
            Optional<Concept> concept = concepts.get().concept(code.strip());
            if (concept.isEmpty()) {
                return example;
            }
            labels.add(concept.get().label().in(lang));
        }
        return labels.toString();
    }
}
