package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.rule.Standard;

@DisplayName("P68: the landscape counts a program that says it has no fees as free")
class LandscapeNoFeesTest {

    private static Landscape tally(String listings) {
        LandscapeTally tally = new LandscapeTally(Standard.standard());
        Validator v = Validator.standard(ValidationOptions.defaults(LocalDate.of(2026, 12, 7)));
        try (ValidationRun run = v.start().observe(tally)) {
            run.file("programs.json", Formats.named("json").orElseThrow().reader(Limits.DEFAULT),
                    new ByteArrayInputStream(listings.getBytes(StandardCharsets.UTF_8)));
            run.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tally.landscape();
    }

    /** A documentary pitch forum of a Montreal festival, with what it says of money. */
    private static String forum(String id, String money) {
        return "{\"id\": \"listing:ridm/" + id + "\", \"provider\": {\"name\": {\"fr\": \"Rencontres internationales du documentaire"
                + " de Montréal\"}}, \"title\": {\"fr\": \"Séance de pitch du Forum RIDM\"}, \"url\": \"https://ridm.ca/\","
                + " \"programTypes\": [\"market-pitch-forum\"], \"careerStages\": [\"emerging\"]" + money + "}";
    }

    @Nested
    @DisplayName("in the cost to the participant")
    class Cost {

        @Test
        @DisplayName("'no fees' in Stated none is free, beside a fee of zero; a listing silent on money stays not stated")
        void noFeesIsFree() {
            Landscape l = tally("[" + forum("pitch", ", \"statedNone\": [\"no-fees\"], \"prizes\": [{\"name\": {\"fr\": \"Prix du meilleur"
                    + " pitch\"}, \"amount\": {\"amount\": \"10000.00\", \"currency\": \"CAD\"}}]") + ","
                    + forum("zero", ", \"fees\": [{\"feeType\": \"application-fee\", \"amount\": {\"amount\": \"0.00\", \"currency\": \"CAD\"}}]")
                    + "," + forum("silent", "") + "]");
            Landscape.Distribution cost = l.distribution("cost");
            assertThat(cost.counts()).containsEntry("free", 2L);
            assertThat(cost.notStated()).isEqualTo(1);
        }

        @Test
        @DisplayName("'no fees' beside a stipend counts the stipend only, as a fee of zero does")
        void noFeesWithAStipend() {
            Landscape l = tally("[" + forum("placement", ", \"statedNone\": [\"no-fees\"], \"stipend\": {\"amount\": {\"amount\": \"16000.00\","
                    + " \"currency\": \"CAD\"}}") + "]");
            Landscape.Distribution cost = l.distribution("cost");
            assertThat(cost.counts()).containsEntry("stipend", 1L);
            assertThat(cost.counts().getOrDefault("free", 0L)).isZero();
        }
    }
}
