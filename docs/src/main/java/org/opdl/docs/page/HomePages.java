package org.opdl.docs.page;

import static org.opdl.docs.page.Words.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opdl.docs.markdown.Markdown;
import org.opdl.model.text.Lang;

/** The site's entry page, the home page of each language, the downloads page and the man-page index. */
public final class HomePages {

    /**
     * One guide of the site.
     *
     * @param file its file name, such as {@code providers.md}
     * @param title its title in the language of the page it is on
     * @param lang the language it is written in
     */
    public record Guide(String file, String title, Lang lang) {
    }

    private HomePages() {
    }

    /** The bilingual entry page at the root of the site. */
    public static Page entry() {
        Markdown md = new Markdown().heading(1, "OPDL: Open Professional Development Listings");
        md.paragraph("An open data standard for listings of professional-development programs for media producers "
                + "in Canada: mentorships, paid placements, labs, accelerators, markets, courses and grants.");
        md.paragraph("Une norme de données ouverte pour les fiches de programmes de perfectionnement professionnel "
                + "destinés aux productrices et producteurs médiatiques au Canada : mentorats, stages rémunérés, "
                + "laboratoires, accélérateurs, marchés, cours et subventions.");
        md.bullets(List.of("[English](en/index.md)", "[Français](fr/index.md)",
                "[Downloads · Téléchargements](en/downloads.md)"));
        return new Page("index.md", Lang.EN, "OPDL", md.build());
    }

    /** The home page of one language. */
    public static Page home(Lang lang, List<Guide> guides, boolean fields, boolean rules) {
        String title = t(lang, "OPDL specification", "Spécification OPDL");
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(t(lang,
                "OPDL (Open Professional Development Listings) describes programs for media producers in Canada "
                        + "so that providers publish them once and everyone can find, compare and link them. Its "
                        + "heart is a career-stage scale defined by measurable figures, so that \"emerging\" means "
                        + "the same thing in every listing. The reference pages below are generated from the "
                        + "standard's one definition and the toolkit's code, so they always match.",
                "OPDL (Open Professional Development Listings) décrit les programmes destinés aux productrices "
                        + "et producteurs médiatiques au Canada afin que les organismes les publient une fois et que "
                        + "tout le monde puisse les trouver, les comparer et les relier. Son cœur est une échelle "
                        + "des stades de carrière définie par des chiffres mesurables, pour qu'« émergent » veuille "
                        + "dire la même chose dans chaque fiche. Les pages de référence ci-dessous sont produites à "
                        + "partir de la définition unique de la norme et du code de la boîte à outils : elles sont "
                        + "toujours à jour."));
        md.heading(2, t(lang, "Guides", "Guides"));
        List<String> items = new ArrayList<>();
        for (Guide g : guides) {
            String href = g.lang() == lang ? "guides/" + g.file() : "../" + g.lang().tag() + "/guides/" + g.file();
            items.add(Markdown.link(g.title(), href)
                    + (g.lang() == lang ? "" : " (" + Words.languageName(lang, g.lang()) + ")"));
        }
        md.bullets(items);
        md.heading(2, t(lang, "Reference", "Référence"));
        List<String> ref = new ArrayList<>();
        if (fields) {
            ref.add(t(lang, "[Fields of a listing](fields/listing.md) and [of a dataset](fields/dataset.md)",
                    "[Champs d'une fiche](fields/listing.md) et [d'un jeu de fiches](fields/dataset.md)"));
        }
        ref.add(t(lang, "[Vocabularies](vocabularies/index.md): every concept scheme and concept",
                "[Vocabulaires](vocabularies/index.md) : chaque vocabulaire et chaque concept"));
        ref.add(t(lang, "[Career stages](career-stages.md): the scale, its thresholds and their sources",
                "[Stades de carrière](career-stages.md) : l'échelle, ses seuils et leurs sources"));
        if (rules) {
            ref.add(t(lang, "[Validation rules](rules.md): every check, with its conformance cases",
                    "[Règles de validation](rules.md) : chaque vérification, avec ses cas de conformité"));
        }
        ref.add(t(lang, "[Command-line reference](cli/index.md)", "[Référence de la ligne de commande](cli/index.md)"));
        ref.add(t(lang, "[Downloads](downloads.md): schemas, context, vocabulary, shapes and examples",
                "[Téléchargements](downloads.md) : schémas, contexte, vocabulaire, formes et exemples"));
        ref.add(t(lang, "[Changes to the standard](changelog.md): every change from one released version to the next",
                "[Changements apportés à la norme](changelog.md) : chaque changement d'une version publiée à la suivante"));
        md.bullets(ref);
        md.paragraph(t(lang, "The standard, its vocabulary and this documentation are licensed CC BY 4.0.",
                "La norme, son vocabulaire et cette documentation sont publiés sous licence CC BY 4.0."));
        return new Page(lang.tag() + "/index.md", lang, title, md.build());
    }

    /** The downloads page of one language. */
    public static Page downloads(Lang lang, String version, List<Download> files, Map<String, List<Download>> earlier) {
        String title = t(lang, "Downloads", "Téléchargements");
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(t(lang,
                "The published files of version " + version + " of the standard. Their paths contain the version, "
                        + "so a link to them keeps working when a new version comes out. They are licensed CC BY 4.0.",
                "Les fichiers publiés de la version " + version + " de la norme. Leur chemin contient la version : "
                        + "un lien vers eux reste valable quand une nouvelle version paraît. Ils sont publiés sous "
                        + "licence CC BY 4.0."));
        List<List<String>> rows = new ArrayList<>();
        for (Download d : files) {
            rows.add(List.of(Markdown.link(d.path().substring(("downloads/" + version + "/").length()), "../" + d.path()),
                    Markdown.text(d.what().in(lang))));
        }
        md.table(List.of(t(lang, "file", "fichier"), t(lang, "what it is", "contenu")), rows);
        md.heading(2, t(lang, "Earlier versions", "Versions antérieures"));
        md.paragraph(t(lang, "Every released version stays published at its own path, byte for byte as released. "
                        + "The [change log](changelog.md) gives every change from one version to the next.",
                "Chaque version publiée reste en ligne à son propre chemin, octet pour octet telle que publiée. "
                        + "Le [journal des changements](changelog.md) donne chaque changement d'une version à la suivante."));
        earlier.forEach((v, list) -> {
            md.heading(3, "Version " + v);
            List<List<String>> old = new ArrayList<>();
            for (Download d : list) {
                old.add(List.of(Markdown.link(d.path(), "../" + d.path()), Markdown.text(d.what().in(lang))));
            }
            md.table(List.of(t(lang, "file", "fichier"), t(lang, "what it is", "contenu")), old);
        });
        return new Page(lang.tag() + "/downloads.md", lang, title, md.build());
    }

    /** The index of the manual pages, in English. */
    public static Page manIndex(List<String> files) {
        Markdown md = new Markdown().heading(1, "Manual pages");
        md.paragraph("One page per command, in AsciiDoc as picocli's man-page generator writes it. "
                + "`asciidoctor -b manpage opdl.adoc` turns a page into a `man` page.");
        md.bullets(files.stream().map(f -> Markdown.link(f, f)).toList());
        return new Page("man/index.md", Lang.EN, "Manual pages", md.build());
    }
}
