package org.opdl.validator.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.text.Bundle;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;

/**
 * The words of rules in English and French. The built-in rules' words are read from
 * {@code messages_en.properties} and {@code messages_fr.properties} (UTF-8) in
 * {@code org/opdl/validator/rules/}, and the reader rules' from {@code reader-rules_en.properties} and
 * {@code reader-rules_fr.properties} beside {@link org.opdl.schema.format.ReaderRule}, where the
 * readers define them; a rule from outside brings its own bundle ({@link #bundle}). For a rule id the keys are
 * {@code <id>.title}, {@code <id>.meaning}, {@code <id>.message} and {@code <id>.fix}; a rule with
 * several messages adds {@code <id>.message.<variant>} and, when needed, {@code <id>.fix.<variant>}.
 * Templates take arguments as {@code {0}}, {@code {1}}; apostrophes need no escaping. The word
 * {@code {context}} in any text stands for the address of the standard's JSON-LD context, read from
 * the standard's definition, so that advice always names the address the validator accepts.
 */
public final class Messages {

    /** The word that stands for the context's address in message texts. */
    public static final String CONTEXT = "{context}";

    private static final String CONTEXT_IRI = StandardDefinition.contextIri();

    /** The bundles, searched in order: the first that has a key in both languages gives its words. */
    private final List<Bundle> bundles;

    private Messages(List<Bundle> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    private static final class Bundled {
        static final Messages INSTANCE = bundle(Messages.class, "/org/opdl/validator/rules/messages")
                .with(bundle(org.opdl.schema.format.ReaderRule.class, "reader-rules"));
    }

    /** The messages of the built-in rules. */
    public static Messages standard() {
        return Bundled.INSTANCE;
    }

    /**
     * The messages of rules from outside the built-in set, read from {@code <base>_en.properties} and
     * {@code <base>_fr.properties} (UTF-8), found as resources of {@code anchor} like
     * {@link Class#getResourceAsStream}; the keys are those described above.
     *
     * @param anchor a class of the module that holds the bundle
     * @param base the bundle's name without language and extension, such as {@code "messages"}
     * @throws IllegalArgumentException when either file is missing
     */
    public static Messages bundle(Class<?> anchor, String base) {
        try {
            return new Messages(List.of(Bundle.of(anchor, base)));
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** These messages and {@code more}; where both have a key, these win. */
    public Messages with(Messages more) {
        List<Bundle> all = new ArrayList<>(bundles);
        all.addAll(more.bundles);
        return new Messages(all);
    }

    /** The rule's title. */
    public Text title(String ruleId) {
        return required(ruleId + ".title");
    }

    /** The rule's title, or its id when the rule has no words here (a reader's own rule). */
    public Text titleOrId(String ruleId) {
        return optional(ruleId + ".title").orElse(new Text(ruleId, ruleId));
    }

    /** What the rule checks and why it matters. */
    public Text meaning(String ruleId) {
        return required(ruleId + ".meaning");
    }

    /** The generic fix hint of the rule. */
    public Text fix(String ruleId) {
        return required(ruleId + ".fix");
    }

    /** A message template, by rule and variant (empty for the main message). */
    public Text messageTemplate(String ruleId, String variant) {
        return required(key(ruleId, "message", variant));
    }

    /** The fix template for a variant, falling back to the rule's main fix. */
    public Text fixTemplate(String ruleId, String variant) {
        return optional(key(ruleId, "fix", variant)).orElseGet(() -> fix(ruleId));
    }

    /** True when a key exists in both languages. */
    public boolean has(String key) {
        return optional(key).isPresent();
    }

    /** Formats a template with arguments in both languages, as {@link Bundle#format} does. */
    public static Text format(Text template, Object... args) {
        return new Text(Bundle.format(template.en(), Lang.EN, args), Bundle.format(template.fr(), Lang.FR, args));
    }

    private static String key(String ruleId, String part, String variant) {
        return variant.isEmpty() ? ruleId + "." + part : ruleId + "." + part + "." + variant;
    }

    private Text required(String key) {
        return optional(key).orElseThrow(() -> new IllegalStateException("no message " + key + " in both languages"));
    }

    private Optional<Text> optional(String key) {
        for (Bundle b : bundles) {
            String e = b.template(key, Lang.EN);
            String f = b.template(key, Lang.FR);
            if (e != null && f != null) {
                return Optional.of(new Text(e.replace(CONTEXT, CONTEXT_IRI), f.replace(CONTEXT, CONTEXT_IRI)));
            }
        }
        return Optional.empty();
    }
}
