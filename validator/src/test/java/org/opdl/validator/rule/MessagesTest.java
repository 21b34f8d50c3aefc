package org.opdl.validator.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import org.opdl.validator.rules.BuiltInRules;
import org.opdl.validator.rules.BuiltInRules;

@DisplayName("Every rule has its words in English and French, and the registry keeps ids unique")
class MessagesTest {

    @Test
    @DisplayName("each built-in rule has a title, meaning, message and fix in both languages")
    void everyRuleHasItsWords() {
        Messages words = Messages.standard();
        List<String> missing = new ArrayList<>();
        for (Rule r : BuiltInRules.registry().all()) {
            for (String part : List.of("title", "meaning", "message", "fix")) {
                if (!words.has(r.id() + "." + part)) {
                    missing.add(r.id() + "." + part);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(BuiltInRules.registry().all()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    @DisplayName("advice on the JSON-LD context names the address the readers accept, read from the standard's definition")
    void contextAddress() {
        String iri = org.opdl.model.definition.StandardDefinition.contextIri();
        assertThat(iri).isEqualTo(org.opdl.schema.artifact.Artifact.CONTEXT.iri());
        Text fix = Messages.standard().fix("opdl.syntax.jsonld-context");
        assertThat(fix.en()).contains("\"" + iri + "\"").doesNotContain(Messages.CONTEXT);
        assertThat(fix.fr()).contains("\"" + iri + "\"").doesNotContain(Messages.CONTEXT);
    }

    @Test
    @DisplayName("templates take their arguments in each language, and apostrophes stay as written")
    void formats() {
        Text t = Messages.format(new Text("`{0}` is not a {1} code", "« {0} » n'est pas un code de {1}"),
                "labb", new Text("program type", "type de programme"));
        assertThat(t.in(Lang.EN)).isEqualTo("`labb` is not a program type code");
        assertThat(t.in(Lang.FR)).isEqualTo("« labb » n'est pas un code de type de programme");
    }

    @Test
    @DisplayName("a registry refuses two rules with the same id")
    void rejectsDuplicates() {
        assertThatThrownBy(() -> BuiltInRules.registry().with(BuiltInRules.registry().get("opdl.dates.order").orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opdl.dates.order");
    }
}
