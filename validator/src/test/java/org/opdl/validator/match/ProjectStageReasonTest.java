package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("F37: the project stages a program admits are said as stages of which a project is at one, lower-case mid-sentence")
class ProjectStageReasonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Fantasia's Frontières co-production market: projects in development or with financing attached. */
    private static String market(String stages) {
        return """
                {"id": "listing:fantasia/frontieres", "title": {"en": "Frontières International Co-Production Market"},
                 "provider": {"name": {"en": "Fantasia International Film Festival"}}, "url": "https://fantasia.example/frontieres",
                 "status": "open", "workingLanguages": ["en", "fr"], "eligibility": {"projectStages": [%s]}}
                """.formatted(stages);
    }

    private static String reason(String stages, Lang lang) {
        Profile p = new Profile(3, 2, 6, "CA-QC", Optional.empty(), List.of("fr"), List.of(), Optional.of(new BigDecimal("500")),
                OptionalInt.empty(), LocalDate.of(2026, 12, 7));
        Matcher m = new Matcher(p, false, true);
        m.accept(JSON.readTree(market(stages)));
        return MatchText.write(m.matches(), lang).lines().filter(l -> l.contains("project") || l.contains("projet")).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("two stages admitted are joined by 'or', each lower-case, in both languages")
    void two() {
        assertThat(reason("\"in-development\", \"financing-attached\"", Lang.EN))
                .isEqualTo("   unknown: asks for a project of your own (stage: in development or financing attached); your profile cannot show one");
        assertThat(reason("\"in-development\", \"financing-attached\"", Lang.FR))
                .isEqualTo("   inconnu : demande un projet à vous (stade : en développement ou financement confirmé); votre profil ne peut le montrer");
    }

    @Test
    @DisplayName("three take commas before the last 'or'; one stands alone")
    void threeAndOne() {
        assertThat(reason("\"concept\", \"in-development\", \"rough-cut\"", Lang.EN)).contains("(stage: concept, in development or rough cut)");
        assertThat(reason("\"in-production\"", Lang.FR)).contains("(stade : en production)");
    }
}
