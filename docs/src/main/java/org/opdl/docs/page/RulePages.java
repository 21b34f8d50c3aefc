package org.opdl.docs.page;

import static org.opdl.docs.page.Words.t;

import java.util.ArrayList;
import java.util.List;
import org.opdl.docs.markdown.Markdown;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.validator.catalogue.Conformance;
import org.opdl.validator.catalogue.ConformanceCase;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Messages;
import org.opdl.validator.rule.Rule;
import org.opdl.validator.rule.RuleRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule catalogue: every validator rule with its id, default severity, layer, title, meaning and
 * fix, read from the validator's registry and message bundles, and its conformance cases as the
 * examples, so the page shows exactly what the test suite checks.
 */
public final class RulePages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleRegistry registry;
    private final Messages words = Messages.standard();

    /** Pages for the rules of this registry. */
    public RulePages(RuleRegistry registry) {
        this.registry = registry;
    }

    /** The catalogue page in one language. */
    public Page page(Lang lang) {
        String title = t(lang, "Validation rules", "Règles de validation");
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(t(lang,
                "`opdl validate` checks listings in four layers, in order: **syntax** (the file can be read), "
                        + "**structure** (the JSON Schema), **vocabulary** (codes of the concept schemes) and "
                        + "**semantic** rules across fields. Each finding has a stable rule id, listed here with its "
                        + "default severity: **error** (the listing does not conform), **warning** (it conforms but "
                        + "is probably wrong) or **info** (a suggestion that makes it more useful). "
                        + "`--rule ID=off|error|warning|info` changes a rule's severity for one run. "
                        + "This page is generated from the validator itself; `opdl rules` prints the same catalogue.",
                "`opdl validate` vérifie les fiches en quatre couches, dans l'ordre : **syntaxe** (le fichier se "
                        + "lit), **structure** (le schéma JSON), **vocabulaire** (codes des vocabulaires) et règles "
                        + "**sémantiques** entre les champs. Chaque constat porte un identifiant de règle stable, "
                        + "donné ici avec sa gravité par défaut : **erreur** (la fiche n'est pas conforme), "
                        + "**avertissement** (elle est conforme mais probablement fautive) ou **info** (une "
                        + "suggestion qui la rend plus utile). `--rule ID=off|error|warning|info` change la gravité "
                        + "d'une règle le temps d'une vérification. Cette page est produite à partir du validateur "
                        + "lui-même; `opdl rules --lang fr` affiche le même catalogue."));
        md.paragraph(t(lang,
                "**Examples.** Each rule's examples are its conformance cases, the ones the test suite runs: a "
                        + "change to the [base listing](#base-listing) (a JSON Merge Patch, where `null` removes a "
                        + "field), whether the rule must stay silent (*passes*) or report (*fails*), and every "
                        + "finding expected, as `SEVERITY rule-id /json/pointer`.",
                "**Exemples.** Les exemples de chaque règle sont ses cas de conformité, ceux qu'exécutent les tests : "
                        + "une modification de la [fiche de base](#fiche-de-base) (un JSON Merge Patch, où `null` "
                        + "retire un champ), si la règle doit se taire (*passe*) ou signaler (*échoue*), et chaque "
                        + "constat attendu, sous la forme `GRAVITÉ id-de-règle /pointeur/json`."));
        md.heading(2, t(lang, "Summary", "Sommaire"));
        List<List<String>> rows = new ArrayList<>();
        for (Rule r : registry.all()) {
            rows.add(List.of(Markdown.link(r.id(), "#" + r.id()), severity(lang, r.info().severity()),
                    layer(lang, r.info().layer()), Markdown.text(words.title(r.id()).in(lang))));
        }
        md.table(List.of(t(lang, "rule", "règle"), t(lang, "severity", "gravité"), t(lang, "layer", "couche"),
                t(lang, "title", "titre")), rows);
        for (Layer layer : Layer.values()) {
            List<Rule> inLayer = registry.all().stream().filter(r -> r.info().layer() == layer).toList();
            if (inLayer.isEmpty()) {
                continue;
            }
            md.heading(2, t(lang, "Layer: ", "Couche : ") + layer(lang, layer));
            inLayer.forEach(r -> rule(md, lang, r));
        }
        md.heading(2, t(lang, "Base listing", "Fiche de base"));
        md.paragraph(t(lang, "The valid listing every example starts from:",
                "La fiche valide dont part chaque exemple :"));
        md.code("json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Conformance.base()));
        return new Page(lang.tag() + "/rules.md", lang, title, md.build());
    }

    private void rule(Markdown md, Lang lang, Rule r) {
        md.anchor(r.id());
        md.heading(3, Markdown.code(r.id()) + " — " + Markdown.text(words.title(r.id()).in(lang)));
        md.paragraph(t(lang, "Severity: ", "Gravité : ") + severity(lang, r.info().severity())
                + t(lang, ". Layer: ", ". Couche : ") + layer(lang, r.info().layer()) + ".");
        md.paragraph(Markdown.prose(words.meaning(r.id()).in(lang)));
        md.paragraph(t(lang, "**Fix:** ", "**Correctif :** ") + Markdown.prose(words.fix(r.id()).in(lang)));
        for (ConformanceCase c : Conformance.forRule(r.id())) {
            md.paragraph((c.passing() ? t(lang, "*Passes*", "*Passe*") : t(lang, "*Fails*", "*Échoue*")) + " — "
                    + Markdown.code(c.name()) + " (" + t(lang, "formats: ", "formats : ")
                    + String.join(", ", c.formats()) + t(lang, "; as of ", "; en date du ") + c.asOf() + ")");
            if (c.raw().isPresent()) {
                md.code("text", c.raw().get());
            } else if (c.changes().isObject() && c.changes().isEmpty()) {
                md.paragraph(t(lang, "The base listing, unchanged.", "La fiche de base, sans changement."));
            } else {
                md.code("json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(c.changes()));
            }
            if (!c.expect().isEmpty()) {
                md.code("text", String.join("\n", c.expect()));
            }
        }
    }

    private static String severity(Lang lang, Severity s) {
        return switch (s) {
            case ERROR -> t(lang, "error", "erreur");
            case WARNING -> t(lang, "warning", "avertissement");
            case INFO -> "info";
        };
    }

    private static String layer(Lang lang, Layer l) {
        return switch (l) {
            case SYNTAX -> t(lang, "syntax", "syntaxe");
            case STRUCTURE -> "structure";
            case VOCABULARY -> t(lang, "vocabulary", "vocabulaire");
            case SEMANTIC -> t(lang, "semantic", "sémantique");
        };
    }
}
