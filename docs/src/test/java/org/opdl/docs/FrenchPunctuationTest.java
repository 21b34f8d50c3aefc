package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * French messages space their punctuation one way, as Canadian French writes it: a space before a
 * colon (« opdl : »), none before a question mark, an exclamation mark or a semicolon
 * (« vouliez-vous dire ttl? », « mot; mot »). What a person types (JSON, Turtle, a pattern), and
 * what a message quotes, keep their own signs; a message whose words are such signs is a reviewed
 * exception of {@code typed-punctuation-in-french.txt}.
 */
@DisplayName("Every French message")
class FrenchPunctuationTest {

    /** A question mark, an exclamation mark or a semicolon after a space of any kind. */
    private static final Pattern SPACE_BEFORE_CLOSE_SIGN = Pattern.compile("[ \u00a0\u202f][?!;]");
    /** A colon that ends a clause, written against the word, number or quotation before it. */
    private static final Pattern COLON_WITHOUT_SPACE = Pattern.compile("[\\p{L}\\d)»}]:(?=\\s|$)");
    /** What a person types, "…", `…` or <…>, whose signs belong to JSON, Turtle or a command. */
    private static final Pattern TYPED = Pattern.compile("\"[^\"]*\"|`[^`]*`|<[^<>]*>");
    /** What a message quotes, « … », which may be English or a cell's own words. */
    private static final Pattern QUOTED = Pattern.compile("«[^«»]*»");

    @Test
    @DisplayName("puts no space before ?, ! and ;, and one before a colon")
    void spacesItsPunctuationAsCanadianFrenchDoes() {
        Set<String> allowed = BilingualTextTest.listed("typed-punctuation-in-french.txt");
        Set<String> found = new TreeSet<>();
        Set<String> exempted = new TreeSet<>();
        for (Path fr : BilingualTextTest.files("src/main/resources", "_fr.properties")) {
            BilingualTextTest.load(fr).forEach((key, template) -> {
                String name = BilingualTextTest.relative(fr) + " " + key;
                if (misspaced((String) template) && !(allowed.contains(name) && exempted.add(name))) {
                    found.add(name + ": " + template);
                }
            });
        }
        assertThat(found).as("French messages that write « dire ttl ? », « mot ; mot » or « fichier: »: write "
                + "« dire ttl? », « mot; mot », « fichier : »").isEmpty();
        assertThat(allowed).as("lines of typed-punctuation-in-french.txt whose message is spaced right now")
                .isSubsetOf(exempted);
    }

    @Test
    @DisplayName("is read past what it quotes, whose signs belong to what the person types")
    void readsPastQuotations() {
        assertThat(misspaced("format inconnu « turtle » : vouliez-vous dire ttl ? utilisez …")).isTrue();
        assertThat(misspaced("vouliez-vous dire « Ouvert » ?")).isTrue();
        assertThat(misspaced("le fichier n'est pas lu: {0}")).isTrue();
        assertThat(misspaced("aucun concept ne correspond à « lgbtq » ; libellés les plus proches")).isTrue();
        assertThat(misspaced("écrivez \"type\": \"Listing\"; vouliez-vous dire « Ouvert »?")).isFalse();
        assertThat(misspaced("la colonne « Deadline: » ou « Que faire ? » : {0}")).isFalse();
    }

    private static boolean misspaced(String template) {
        String prose = QUOTED.matcher(TYPED.matcher(template).replaceAll("…")).replaceAll("«»");
        return SPACE_BEFORE_CLOSE_SIGN.matcher(prose).find() || COLON_WITHOUT_SPACE.matcher(prose).find();
    }
}
