package org.opdl.model.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;

/**
 * A message bundle in English and French: the files {@code <base>_en.properties} and
 * {@code <base>_fr.properties} (UTF-8) found beside a class. A message is a template whose
 * arguments are written {@code {0}}, {@code {1}}, and whose words that agree with a count are
 * written {@code {0|listing|listings}}; apostrophes need no escaping, as in every OPDL bundle. Code
 * names a message through a {@link Message} constant rather than by its key.
 */
public final class Bundle {

    /** The {@code messages} bundle of each class that asked for it, read once. */
    private static final ClassValue<Bundle> MESSAGES = new ClassValue<>() {
        @Override
        protected Bundle computeValue(Class<?> anchor) {
            return of(anchor, "messages");
        }
    };

    private final String name;
    private final Properties en;
    private final Properties fr;

    private Bundle(String name, Properties en, Properties fr) {
        this.name = name;
        this.en = en;
        this.fr = fr;
    }

    /**
     * The bundle {@code <base>_en.properties} and {@code <base>_fr.properties} beside {@code anchor}.
     *
     * @throws IllegalStateException when either file is missing, so a broken build fails at once
     */
    public static Bundle of(Class<?> anchor, String base) {
        String name = anchor.getPackageName().replace('.', '/') + "/" + base;
        return new Bundle(name, load(anchor, base + "_en.properties"), load(anchor, base + "_fr.properties"));
    }

    /** The bundle {@code messages_en.properties} and {@code messages_fr.properties} beside {@code anchor}, read once. */
    public static Bundle messages(Class<?> anchor) {
        return MESSAGES.get(anchor);
    }

    /** The bundle's resource name without language and extension, such as {@code org/opdl/schema/csv/words}. */
    public String name() {
        return name;
    }

    /** The message {@code key} in both languages with its arguments in place. */
    public Text text(String key, Object... args) {
        String e = en.getProperty(key);
        String f = fr.getProperty(key);
        if (e == null || f == null) {
            throw new IllegalStateException("no message " + key + " in both languages of " + name);
        }
        return new Text(format(e, Lang.EN, args), format(f, Lang.FR, args));
    }

    /** The keys of the bundle in one language. */
    public Set<String> keys(Lang lang) {
        return (lang == Lang.FR ? fr : en).stringPropertyNames();
    }

    /** The raw template of a key in one language, or null. */
    public String template(String key, Lang lang) {
        return (lang == Lang.FR ? fr : en).getProperty(key);
    }

    /**
     * Formats a template in one language: {@code {n}} is replaced by argument n, a {@link Text} by
     * its words in that language, a collection by its items joined with commas, anything else by
     * {@link String#valueOf(Object)}, a {@link Count} by its digits grouped as that language groups them;
     * {@code {n|one|many}} is replaced by {@code one} when argument n is a number or a {@link Count}
     * that takes the singular in that language ({@link Lang#singular}), else by {@code many}.
     */
    public static String format(String template, Lang lang, Object... args) {
        return write(template, lang, true, args);
    }

    /**
     * Only the count-agreeing words of a template, {@code {n|one|many}}, chosen as {@link #format}
     * chooses them; every {@code {n}} is left for a formatter of its own, such as {@code MessageFormat}.
     */
    public static String agreeing(String template, Lang lang, Object... args) {
        return write(template, lang, false, args);
    }

    private static String write(String template, Lang lang, boolean fill, Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            int bar = close > i + 1 ? template.indexOf('|', i) : -1;
            int second = bar > 0 && bar < close ? template.indexOf('|', bar + 1) : -1;
            if (fill && close > i + 1 && digits(template, i + 1, close)) {
                int n = Integer.parseInt(template, i + 1, close, 10);
                out.append(n < args.length ? render(args[n], lang) : "");
                i = close + 1;
            } else if (bar > i + 1 && second > bar && second < close && digits(template, i + 1, bar)) {
                int n = Integer.parseInt(template, i + 1, bar, 10);
                boolean one = n < args.length && singular(args[n], lang);
                out.append(template, one ? bar + 1 : second + 1, one ? second : close);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean singular(Object arg, Lang lang) {
        if (arg instanceof Count count) {
            return lang.singular(count.value());
        }
        return arg instanceof Number number && lang.singular(number.longValue());
    }

    private static String render(Object arg, Lang lang) {
        if (arg instanceof Text t) {
            return t.in(lang);
        }
        if (arg instanceof Count count) {
            return lang.grouped(count.value());
        }
        if (arg instanceof Collection<?> items) {
            StringJoiner j = new StringJoiner(", ");
            items.forEach(item -> j.add(render(item, lang)));
            return j.toString();
        }
        return String.valueOf(arg);
    }

    private static Properties load(Class<?> anchor, String file) {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("no message bundle " + file + " beside " + anchor.getName());
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
