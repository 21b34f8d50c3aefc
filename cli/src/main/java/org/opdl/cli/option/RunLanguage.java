package org.opdl.cli.option;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The language of a run, and the help in French. The language is the one {@code --lang} names,
 * else {@code OPDL_LANG}, else French when the system's language is French, else English. French
 * help comes from {@code help_fr.properties}, the same texts as the French command-line reference,
 * handed to picocli as its resource bundle under the keys picocli looks up.
 */
public final class RunLanguage {

    private static final String FRENCH = "org/opdl/cli/help_fr.properties";

    /** The environment variable that sets the language of every run that gives no {@code --lang}. */
    static final String VARIABLE = "OPDL_LANG";

    /** What people write for a language instead of its tag: its name in either language, or its code of three letters. */
    private static final Map<String, Lang> NAMES = Map.of("english", Lang.EN, "anglais", Lang.EN, "eng", Lang.EN,
            "french", Lang.FR, "francais", Lang.FR, "fra", Lang.FR, "fre", Lang.FR);

    private RunLanguage() {
    }

    /**
     * The language a word names that is not a tag, such as {@code français}, {@code English} or
     * {@code fra}: not read as the language, since no other tool does, but offered in the refusal, which
     * is written in that language.
     */
    public static Optional<Lang> meant(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String primary = Folding.fold(word).split("[-_ .]", 2)[0];
        return Optional.ofNullable(NAMES.get(primary));
    }

    /** The language of a run from its raw arguments, the environment and the system's locale. */
    public static Lang of(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return asked(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return asked(args[i].substring("--lang=".length()));
            }
        }
        return fallback();
    }

    /** The language of messages when {@code --lang} gives {@code value}: the one it names or means, else English. */
    public static Lang asked(String value) {
        return Lang.fromTag(value).or(() -> meant(value)).orElse(Lang.EN);
    }

    /**
     * The language when {@code --lang} is not given: {@code OPDL_LANG}, then the system's language
     * ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}, then the Java locale, as on Windows).
     */
    public static Lang fallback() {
        String env = System.getenv(VARIABLE);
        if (env != null && !env.isBlank()) {
            return Lang.fromTag(env.strip().toLowerCase(Locale.ROOT)).or(() -> meant(env)).orElse(Lang.EN);
        }
        for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            // POSIX order: the first one set decides, even when the machine lacks that locale.
            String v = System.getenv(name);
            if (v != null && !v.isBlank()) {
                return v.strip().toLowerCase(Locale.ROOT).startsWith("fr") ? Lang.FR : Lang.EN;
            }
        }
        return Locale.getDefault().getLanguage().equals("fr") ? Lang.FR : Lang.EN;
    }

    /**
     * The value of {@code OPDL_LANG} when it is set to something that is not a language tag opdl
     * writes ({@code de}, {@code français}): {@link LangOption} refuses it, as it refuses {@code --lang de},
     * rather than writing English without a word.
     */
    static Optional<String> unknownVariable() {
        String env = System.getenv(VARIABLE);
        if (env == null || env.isBlank() || Lang.fromTag(env.strip().toLowerCase(Locale.ROOT)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(env);
    }

    /** Whether the arguments ask for help: none at all, {@code help}, {@code --help} or {@code -h}. */
    public static boolean asksForHelp(String[] args) {
        if (args.length == 0) {
            return true;
        }
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h") || a.equals("help") || a.equals("--")) {
                return !a.equals("--");
            }
        }
        return false;
    }

    /** Gives the command tree its French help. */
    public static void french(CommandLine root) {
        Properties ours = load();
        Map<String, String> keys = new HashMap<>();
        add(root, ours, keys);
        keys.put("usage.synopsisHeading", "Utilisation : ");
        keys.put("usage.commandListHeading", "Commandes :%n");
        root.setResourceBundle(new MapBundle(keys));
    }

    private static void add(CommandLine c, Properties ours, Map<String, String> keys) {
        CommandSpec spec = c.getCommandSpec();
        String q = spec.qualifiedName(".");
        put(keys, q + ".usage.description", ours.getProperty(q));
        for (OptionSpec o : spec.options()) {
            String key = o.descriptionKey().isEmpty() ? o.longestName().replaceFirst("^-+", "") : o.descriptionKey();
            String text = ours.getProperty(q + "." + o.longestName(), ours.getProperty(o.longestName()));
            put(keys, q + "." + key, text);
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            String key = p.descriptionKey().isEmpty() ? p.paramLabel() + "[" + p.index() + "]" : p.descriptionKey();
            put(keys, q + "." + key, ours.getProperty(q + "." + p.paramLabel()));
        }
        for (CommandLine sub : c.getSubcommands().values()) {
            if (sub.getCommandSpec().parent() == spec) {
                add(sub, ours, keys);
            }
        }
    }

    private static void put(Map<String, String> keys, String key, String text) {
        if (text != null) {
            keys.put(key, text.replace("\n", "%n"));
        }
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = RunLanguage.class.getClassLoader().getResourceAsStream(FRENCH)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** A resource bundle over a map, which is all picocli needs. */
    private static final class MapBundle extends ResourceBundle {
        private final Map<String, String> texts;

        MapBundle(Map<String, String> texts) {
            this.texts = texts;
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(texts.keySet());
        }
    }
}
