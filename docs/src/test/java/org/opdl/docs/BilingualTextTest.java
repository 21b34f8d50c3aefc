package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Message;

/**
 * Everything a person reads exists in English and French: every message bundle has each key in
 * both languages, filled in, with a French text that differs from the English one unless the key is
 * a reviewed exception (a code, a format's name); every message constant names a key of its bundle;
 * and no French words are left in Java code, where they could be forgotten when the English changes.
 */
@DisplayName("Every message a person reads")
class BilingualTextTest {

    private static final String MODULES = "model|schema|validator|cli|docs";
    /** French letters, and the French quotation marks, inside a string literal. */
    private static final Pattern FRENCH = Pattern.compile("[àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ«»]");
    /** A word with both its numbers, {@code listing(s)}, {@code fiche(s)}; http(s) is an address's scheme. */
    private static final Pattern BOTH_NUMBERS = Pattern.compile("\\b(?!http\\(s\\))\\p{L}+\\(s\\)");
    /** A value of a message between straight quotes, {@code "{0}"}, as English quotes it. */
    private static final Pattern STRAIGHT_QUOTED_VALUE = Pattern.compile("\"\\{\\d+}\"");

    @Test
    @DisplayName("exists in both languages, filled in, with French that is not a copy of the English")
    void bundlesAreComplete() {
        Set<String> exceptions = listed("same-in-both-languages.txt");
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (Path en : files("src/main/resources", "_en.properties")) {
            Path fr = en.resolveSibling(en.getFileName().toString().replace("_en.properties", "_fr.properties"));
            compare(relative(en), load(en), load(fr), exceptions, used, problems);
        }
        for (Path fr : files("src/main/resources", "_fr.properties")) {
            Path plain = fr.resolveSibling(fr.getFileName().toString().replace("_fr.properties", ".properties"));
            if (Files.exists(plain)) {
                compare(relative(plain), load(plain), load(fr), exceptions, used, problems);
            }
        }
        assertThat(problems).as("bundle keys missing, empty or untranslated").isEmpty();
        assertThat(new TreeSet<>(exceptions)).as("exceptions that no longer apply: remove them from "
                + "same-in-both-languages.txt").isSubsetOf(used);
    }

    @Test
    @DisplayName("agrees each counted word with its count, {0|listing|listings}, never listing(s) or fiche(s)")
    void countsAgree() {
        List<String> found = new ArrayList<>();
        for (Path bundle : files("src/main/resources", ".properties")) {
            load(bundle).forEach((key, template) -> {
                if (BOTH_NUMBERS.matcher((String) template).find()) {
                    found.add(relative(bundle) + " " + key + ": " + template);
                }
            });
        }
        assertThat(found).as("messages that write a word in both numbers: use {n|one|many}").isEmpty();
    }

    @Test
    @DisplayName("quotes a value in French with « », straight quotes kept only for what the person types")
    void frenchQuotesValues() {
        Set<String> allowed = listed("straight-quotes-in-french.txt");
        Set<String> found = new TreeSet<>();
        for (Path fr : files("src/main/resources", "_fr.properties")) {
            load(fr).forEach((key, template) -> {
                if (STRAIGHT_QUOTED_VALUE.matcher((String) template).find()) {
                    found.add(relative(fr) + " " + key);
                }
            });
        }
        assertThat(found).as("French messages that quote a value with straight quotes: write « {0} »").isSubsetOf(allowed);
        assertThat(allowed).as("lines of straight-quotes-in-french.txt whose message has no straight quotes any more").isSubsetOf(found);
    }

    @Test
    @DisplayName("is named in code by a message constant whose key its bundle holds, and every key is used")
    void constantsMatchBundles() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path source : files("src/main/java", "Messages.java")) {
            String name = source.toString().replace('\\', '/').replaceFirst(".*/src/main/java/", "")
                    .replace(".java", "").replace('/', '.');
            Class<?> type = Class.forName(name);
            if (!type.isEnum() || !Message.class.isAssignableFrom(type)) {
                continue;
            }
            Set<String> keys = new TreeSet<>();
            Message first = (Message) type.getEnumConstants()[0];
            for (Object constant : type.getEnumConstants()) {
                Message m = (Message) constant;
                keys.add(m.key());
                for (Lang lang : Lang.values()) {
                    if (m.bundle().template(m.key(), lang) == null) {
                        problems.add(name + "." + constant + ": no " + m.key() + " in " + m.bundle().name() + "_" + lang.tag());
                    }
                }
            }
            Set<String> unused = new TreeSet<>(first.bundle().keys(Lang.EN));
            unused.removeAll(keys);
            unused.forEach(k -> problems.add(first.bundle().name() + ": " + k + " is used by no constant of " + name));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @DisplayName("lives in a bundle, not as French words in Java code")
    void noFrenchInCode() {
        Set<String> allowed = listed("french-in-code.txt");
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Path java : files("src/main/java", ".java")) {
            List<String> literals = frenchLiterals(read(java));
            if (!literals.isEmpty()) {
                found.put(relative(java), literals);
            }
        }
        Map<String, List<String>> unexpected = new LinkedHashMap<>(found);
        unexpected.keySet().removeAll(allowed);
        assertThat(unexpected).as("French words in Java code: move them to the package's messages_fr.properties").isEmpty();
        assertThat(new TreeSet<>(allowed)).as("files of french-in-code.txt that hold no French any more: remove them")
                .isSubsetOf(found.keySet());
    }

    private static void compare(String bundle, Properties en, Properties fr, Set<String> exceptions, Set<String> used,
            List<String> problems) {
        Set<String> keys = new TreeSet<>(en.stringPropertyNames());
        keys.addAll(fr.stringPropertyNames());
        for (String key : keys) {
            String e = en.getProperty(key);
            String f = fr.getProperty(key);
            if (e == null || f == null) {
                problems.add(bundle + ": " + key + " only in " + (e == null ? "French" : "English"));
            } else if (e.isBlank() || f.isBlank()) {
                problems.add(bundle + ": " + key + " is empty");
            } else if (e.equals(f)) {
                if (exceptions.contains(bundle + " " + key)) {
                    used.add(bundle + " " + key);
                } else {
                    problems.add(bundle + ": " + key + " is the same in French as in English: " + e);
                }
            }
        }
    }

    /** The string literals of a Java source that hold French letters; comments are skipped. */
    static List<String> frenchLiterals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                i = Math.max(src.indexOf('\n', i), i + 2);
            } else if (src.startsWith("/*", i)) {
                i = src.indexOf("*/", i + 2) + 2;
            } else if (c == '\'') {
                int j = i + 1;
                while (src.charAt(j) != '\'') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (c == '"') {
                boolean block = src.startsWith("\"\"\"", i);
                int j = block ? src.indexOf("\"\"\"", i + 3) + 3 : literalEnd(src, i);
                String literal = src.substring(i, j);
                if (FRENCH.matcher(literal).find()) {
                    out.add(literal);
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static int literalEnd(String src, int start) {
        int j = start + 1;
        while (src.charAt(j) != '"') {
            j += src.charAt(j) == '\\' ? 2 : 1;
        }
        return j + 1;
    }

    static List<Path> files(String under, String suffix) {
        List<Path> out = new ArrayList<>();
        for (String module : MODULES.split("\\|")) {
            Path dir = DocFiles.root().resolve(module).resolve(under);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The lines of a reviewed list beside this test, without comments. */
    static Set<String> listed(String name) {
        Set<String> out = new TreeSet<>();
        try (InputStream in = BilingualTextTest.class.getResourceAsStream(name)) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.replaceFirst("\\s*#.*", "").strip())
                    .filter(l -> !l.isEmpty()).forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Properties load(Path file) {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (InputStreamReader r = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String relative(Path file) {
        return DocFiles.root().relativize(file).toString().replace('\\', '/');
    }
}
