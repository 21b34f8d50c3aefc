package org.opdl.validator.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import java.util.Properties;
import java.util.StringJoiner;
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

    private final Properties en;
    private final Properties fr;

    private Messages(Properties en, Properties fr) {
        this.en = en;
        this.fr = fr;
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
        return new Messages(load(anchor, base + "_en.properties"), load(anchor, base + "_fr.properties"));
    }

    /** These messages and {@code more}; where both have a key, these win. */
    public Messages with(Messages more) {
        Properties e = new Properties();
        Properties f = new Properties();
        e.putAll(more.en);
        f.putAll(more.fr);
        e.putAll(en);
        f.putAll(fr);
        return new Messages(e, f);
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
        return en.containsKey(key) && fr.containsKey(key);
    }

    /** Formats a template with arguments in both languages. */
    public static Text format(Text template, Object... args) {
        return new Text(format(template.en(), Lang.EN, args), format(template.fr(), Lang.FR, args));
    }

    /** Formats a template in one language: {@code {n}} is replaced by argument n. */
    public static String format(String template, Lang lang, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && template.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int n = Integer.parseInt(template.substring(i + 1, close));
                out.append(n < args.length ? render(args[n], lang) : "");
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String render(Object arg, Lang lang) {
        if (arg instanceof Text t) {
            return t.in(lang);
        }
        if (arg instanceof Collection<?> items) {
            StringJoiner j = new StringJoiner(", ");
            items.forEach(item -> j.add(render(item, lang)));
            return j.toString();
        }
        return String.valueOf(arg);
    }

    private static String key(String ruleId, String part, String variant) {
        return variant.isEmpty() ? ruleId + "." + part : ruleId + "." + part + "." + variant;
    }

    private Text required(String key) {
        return optional(key).orElseThrow(() -> new IllegalStateException("no message " + key + " in both languages"));
    }

    private Optional<Text> optional(String key) {
        String e = en.getProperty(key);
        String f = fr.getProperty(key);
        return e == null || f == null ? Optional.empty() : Optional.of(new Text(e, f));
    }

    private static Properties load(Class<?> anchor, String name) {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no message bundle " + name + " beside " + anchor.getName());
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            if (value.contains(CONTEXT)) {
                p.setProperty(key, value.replace(CONTEXT, org.opdl.model.definition.StandardDefinition.contextIri()));
            }
        }
        return p;
    }
}
