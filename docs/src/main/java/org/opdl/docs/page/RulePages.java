package org.opdl.docs.page;

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
        String title = PageMessages.RULES_VALIDATION_RULES.in(lang);
        Markdown md = new Markdown().heading(1, title);
        md.paragraph(PageMessages.RULES_OPDL_VALIDATE_CHECKS_LISTINGS.in(lang));
        md.paragraph(PageMessages.RULES_EXAMPLES_EACH_RULE_S.in(lang));
        md.heading(2, PageMessages.FIELDS_SUMMARY.in(lang));
        List<List<String>> rows = new ArrayList<>();
        for (Rule r : registry.all()) {
            rows.add(List.of(Markdown.link(r.id(), "#" + r.id()), severity(lang, r.info().severity()),
                    layer(lang, r.info().layer()), Markdown.text(words.title(r.id()).in(lang))));
        }
        md.table(List.of(PageMessages.RULES_RULE.in(lang), PageMessages.RULES_SEVERITY_COLUMN.in(lang), PageMessages.RULES_LAYER_COLUMN.in(lang),
                PageMessages.RULES_TITLE.in(lang)), rows);
        for (Layer layer : Layer.values()) {
            List<Rule> inLayer = registry.all().stream().filter(r -> r.info().layer() == layer).toList();
            if (inLayer.isEmpty()) {
                continue;
            }
            md.heading(2, PageMessages.RULES_LAYER_HEADING.in(lang) + layer(lang, layer));
            inLayer.forEach(r -> rule(md, lang, r));
        }
        md.heading(2, PageMessages.RULES_BASE_LISTING.in(lang));
        md.paragraph(PageMessages.RULES_THE_VALID_LISTING_EVERY.in(lang));
        md.code("json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(Conformance.base()));
        return new Page(lang.tag() + "/rules.md", lang, title, md.build());
    }

    private void rule(Markdown md, Lang lang, Rule r) {
        md.anchor(r.id());
        md.heading(3, Markdown.code(r.id()) + " — " + Markdown.text(words.title(r.id()).in(lang)));
        md.paragraph(PageMessages.RULES_SEVERITY_SENTENCE.in(lang) + severity(lang, r.info().severity())
                + PageMessages.RULES_LAYER_SENTENCE.in(lang) + layer(lang, r.info().layer()) + ".");
        md.paragraph(Markdown.prose(words.meaning(r.id()).in(lang)));
        md.paragraph(PageMessages.RULES_FIX.in(lang) + Markdown.prose(words.fix(r.id()).in(lang)));
        for (ConformanceCase c : Conformance.forRule(r.id())) {
            md.paragraph((c.passing() ? PageMessages.RULES_PASSES.in(lang) : PageMessages.RULES_FAILS.in(lang)) + " — "
                    + Markdown.code(c.name()) + " (" + PageMessages.RULES_FORMATS.in(lang)
                    + String.join(", ", c.formats()) + PageMessages.RULES_AS_OF.in(lang) + c.asOf() + ")");
            if (c.raw().isPresent()) {
                md.code("text", c.raw().get());
            } else if (c.changes().isObject() && c.changes().isEmpty()) {
                md.paragraph(PageMessages.RULES_THE_BASE_LISTING_UNCHANGED.in(lang));
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
            case ERROR -> PageMessages.RULES_ERROR.in(lang);
            case WARNING -> PageMessages.RULES_WARNING.in(lang);
            case INFO -> "info";
        };
    }

    private static String layer(Lang lang, Layer l) {
        return switch (l) {
            case SYNTAX -> PageMessages.RULES_SYNTAX.in(lang);
            case STRUCTURE -> "structure";
            case VOCABULARY -> PageMessages.RULES_VOCABULARY.in(lang);
            case SEMANTIC -> PageMessages.RULES_SEMANTIC.in(lang);
        };
    }
}
