package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("F38: the count beside each heading of a match is grouped as the summary above it is")
class SectionCountsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An open online mentorship for emerging and early-career producers anywhere in Canada, one of many a large dataset holds. */
    private static final String MENTORSHIP = """
            {"id": "listing:cmpa/virtual-mentorship-%d", "title": {"en": "CMPA Virtual Mentorship Program"},
             "provider": {"name": {"en": "Canadian Media Producers Association"}}, "url": "https://cmpa.example/mentorship",
             "status": "open", "careerStages": ["emerging", "early-career"], "eligibility": {"residence": ["CA"]}, "workingLanguages": ["en", "fr"],
             "statedNone": ["no-fees"]}
            """;

    private static String text(Lang lang) {
        Profile p = new Profile(2, 1, 3, "CA-QC", Optional.empty(), List.of("fr"), List.of(), Optional.of(BigDecimal.ZERO),
                OptionalInt.empty(), LocalDate.of(2026, 12, 7));
        Matcher m = new Matcher(p, false, true);
        for (int i = 0; i < 1_200; i++) {
            m.accept(JSON.readTree(MENTORSHIP.formatted(i)));
        }
        StringWriter out = new StringWriter();
        MatchText.write(m.matches(), lang, out, 1);
        return out.toString();
    }

    @Test
    @DisplayName("1,200 programs that fit read '(1,200)' under '1,200 fit', and « (1 200) » in French")
    void grouped() {
        String en = text(Lang.EN);
        assertThat(en).contains("1,200 fit").contains("Programs that fit (1,200)\n").doesNotContain("(1200)")
                .contains("   … and 1,199 more, not listed here");
        String fr = text(Lang.FR);
        assertThat(fr).contains("Programmes qui vous conviennent (1\u202f200)\n").doesNotContain("(1200)");
    }
}
