package org.opdl.model.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

/**
 * The French words of every field, which the workbook's heading notes, the docs and the RDF
 * vocabulary show to people: "de" and "le" are elided before a vowel ("d'œuvres", "d'années").
 */
@DisplayName("The French labels and definitions of the fields elide de and le before a vowel")
class FrenchElisionTest {

    private static final Pattern UNELIDED = Pattern.compile("(?i)\\b(de|le) (?=[aeiouyœéèêàâîô])(?!(?i)oui\\b)");

    @Test
    void elided() {
        List<String> found = new ArrayList<>();
        for (RecordDefinition record : List.of(StandardDefinition.listing(), StandardDefinition.dataset())) {
            for (FieldDefinition f : record.fields()) {
                for (String text : List.of(f.label().in(Lang.FR), f.definition().in(Lang.FR))) {
                    if (UNELIDED.matcher(text).find()) {
                        found.add(f.path() + ": " + text);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
