package org.opdl.docs.page;

import static org.opdl.docs.page.Words.t;

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
        return List.of(page(lang, listing, t(lang, "Fields of a listing", "Champs d'une fiche"), t(lang,
                        "A listing describes one program. This page gives every field of a listing, generated from "
                                + "`standard/listing/fields.csv`, the standard's one definition. A field inside an object "
                                + "is written with dots (`intakes.startDate`); the JSON pointer shows where it sits in a "
                                + "listing, with `0` for the first item of an array. See also the "
                                + "[fields of a dataset](dataset.md).",
                        "Une fiche décrit un programme. Cette page donne chaque champ d'une fiche, produite à partir "
                                + "de `standard/listing/fields.csv`, la définition unique de la norme. Un champ à "
                                + "l'intérieur d'un objet s'écrit avec des points (`intakes.startDate`); le pointeur JSON "
                                + "montre où il se trouve dans une fiche, avec `0` pour le premier élément d'un tableau. "
                                + "Voir aussi les [champs d'un jeu de fiches](dataset.md).")),
                page(lang, dataset, t(lang, "Fields of a dataset", "Champs d'un jeu de fiches"), t(lang,
                        "A dataset gathers listings for publication, with who published them, when and under which "
                                + "licence. Each item of `listings` is a whole [listing](listing.md). Generated from "
                                + "`standard/listing/dataset.csv`.",
                        "Un jeu de fiches réunit des fiches pour les publier, avec qui les publie, quand et sous "
                                + "quelle licence. Chaque élément de `listings` est une [fiche](listing.md) complète. "
                                + "Produit à partir de `standard/listing/dataset.csv`.")));
    }

    private Page page(Lang lang, RecordDefinition record, String title, String intro) {
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(intro);
        md.paragraph(t(lang, "RDF class: ", "Classe RDF : ") + Markdown.code(Iris.term(record.rdfClass()))
                + (record.aligns().isEmpty() ? "" : t(lang, ", aligned with ", ", alignée sur ")
                        + String.join(", ", record.aligns().stream().map(Markdown::code).toList())) + ".");
        if (record == listing) {
            threeValues(md, lang);
        }
        md.heading(2, t(lang, "Summary", "Sommaire"));
        List<List<String>> rows = new ArrayList<>();
        for (FieldDefinition f : record.fields()) {
            rows.add(List.of(Markdown.link(f.path(), "#" + anchor(f)), type(lang, f),
                    f.required() ? t(lang, "**yes**", "**oui**") : t(lang, "no", "non"),
                    Markdown.text(f.label().in(lang))));
        }
        md.table(List.of(t(lang, "field", "champ"), "type", t(lang, "required", "obligatoire"),
                t(lang, "name", "nom")), rows);
        md.heading(2, t(lang, "Fields", "Champs"));
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
        md.heading(2, t(lang, "Stated, none, not stated", "Indiqué, aucun, non indiqué"));
        md.paragraph(t(lang,
                "Only the fields marked required must be there. Every other fact has three values, and a reader must keep "
                        + "them apart:",
                "Seuls les champs marqués obligatoires doivent être présents. Tout autre renseignement a trois valeurs, que "
                        + "le lecteur doit distinguer :"));
        md.bullets(List.of(
                t(lang, "**stated**: the field is there, with what the provider publishes (`\"fees\": [...]`);",
                        "**indiqué** : le champ est présent, avec ce que le fournisseur publie (`\"fees\": [...]`);"),
                t(lang, "**none**: the provider says there is none, and the listing says so in `statedNone` "
                                + "(`\"statedNone\": [\"no-fees\"]` for a free program; also `no-stipend`, `no-age-limit`, "
                                + "`no-experience`…);",
                        "**aucun** : le fournisseur dit qu'il n'y en a pas, et la fiche le dit dans `statedNone` "
                                + "(`\"statedNone\": [\"no-fees\"]` pour un programme gratuit; aussi `no-stipend`, "
                                + "`no-age-limit`, `no-experience`…);"),
                t(lang, "**not stated**: neither; the provider did not publish it. An absent field never means *none*, "
                                + "and a listing never invents a value to fill a field.",
                        "**non indiqué** : ni l'un ni l'autre; le fournisseur ne l'a pas publié. Un champ absent ne signifie "
                                + "jamais *aucun*, et une fiche n'invente jamais une valeur pour remplir un champ.")));
        md.paragraph(t(lang,
                "The validator counts the key facts a listing "
                        + "states, a *none* counting as stated, in one information note (`opdl.listing.completeness`), "
                        + "never an error. In version 0.1 an absent fee meant a free program; `opdl migrate` writes that "
                        + "as `\"statedNone\": [\"no-fees\"]`.",
                "Le validateur compte les renseignements clés qu'une fiche indique, un *aucun* comptant comme indiqué, dans une "
                        + "seule note d'information (`opdl.listing.completeness`), jamais une erreur. En version 0.1, "
                        + "l'absence de frais signifiait un programme gratuit; `opdl migrate` l'écrit "
                        + "`\"statedNone\": [\"no-fees\"]`."));
    }

    private static void field(Markdown md, Lang lang, RecordDefinition record, FieldDefinition f) {
        md.anchor(anchor(f));
        md.heading(3, Markdown.code(f.path()));
        md.paragraph(Markdown.prose(f.definition().in(lang)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t(lang, "name", "nom"), Markdown.text(f.label().in(lang))
                + " · " + Markdown.text(f.label().in(Words.other(lang)))));
        rows.add(List.of("type", type(lang, f)));
        rows.add(List.of(t(lang, "required", "obligatoire"), required(lang, f)));
        if (f.repeat()) {
            rows.add(List.of(t(lang, "repeated", "répété"), f.ordered()
                    ? t(lang, "yes: an array of one or more values, in a meaningful order (an RDF list)",
                            "oui : un tableau d'une ou plusieurs valeurs, dans un ordre qui compte (une liste RDF)")
                    : t(lang, "yes: an array of one or more values", "oui : un tableau d'une ou plusieurs valeurs")));
        }
        f.min().ifPresent(v -> rows.add(List.of(t(lang, "minimum", "minimum"), Markdown.code(v.toPlainString()))));
        f.max().ifPresent(v -> rows.add(List.of(t(lang, "maximum", "maximum"), Markdown.code(v.toPlainString()))));
        f.fixed().ifPresent(v -> rows.add(List.of(t(lang, "only value", "seule valeur"), Markdown.code(v))));
        rows.add(List.of(t(lang, "JSON pointer", "pointeur JSON"), Markdown.code(pointer(record, f))));
        f.heading().ifPresent(h -> {
            rows.add(List.of(t(lang, "spreadsheet heading (English)", "en-tête de tableur (anglais)"), Markdown.code(h.en())));
            rows.add(List.of(t(lang, "spreadsheet heading (French)", "en-tête de tableur (français)"), Markdown.code(h.fr())));
        });
        rows.add(List.of(t(lang, "RDF", "RDF"), rdf(lang, f)));
        f.rdfClass().filter(c -> f.isObject()).ifPresent(c ->
                rows.add(List.of(t(lang, "RDF class of the value", "classe RDF de la valeur"), Markdown.code(Iris.term(c)))));
        if (!f.aligns().isEmpty()) {
            rows.add(List.of(t(lang, "aligned with", "aligné sur"),
                    String.join(", ", f.aligns().stream().map(Markdown::code).toList())));
        }
        f.example().ifPresent(e -> rows.add(List.of(t(lang, "example", "exemple"), Markdown.code(e))));
        md.table(List.of(t(lang, "property", "propriété"), t(lang, "value", "valeur")), rows);
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
            type += t(lang, " of ", " de ") + Markdown.link(s, "../vocabularies/" + s + ".md");
        } else if (f.type() == FieldType.IRI && f.scheme().isPresent()) {
            type += " (" + Markdown.code(f.scheme().get() + ":") + ")";
        }
        return f.repeat() ? type + " [ ]" : type;
    }

    private static String required(Lang lang, FieldDefinition f) {
        if (!f.required()) {
            return t(lang, "no", "non");
        }
        return f.parent().isEmpty() ? t(lang, "**yes**", "**oui**")
                : t(lang, "**yes**, when " + "`" + f.parent().get() + "` is present",
                        "**oui**, quand `" + f.parent().get() + "` est présent");
    }

    private static String rdf(Lang lang, FieldDefinition f) {
        if (f.isNodeId()) {
            return t(lang, "the node's IRI (`@id`)", "l'IRI du nœud (`@id`)");
        }
        if (f.isNodeType()) {
            return t(lang, "the node's class (`@type`)", "la classe du nœud (`@type`)");
        }
        if (f.isContextReference()) {
            return t(lang, "no triple: the JSON-LD context", "aucun triplet : le contexte JSON-LD");
        }
        return f.rdfProperty().map(p -> Markdown.code(Iris.term(p))).orElse("—");
    }
}
