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

@DisplayName("The landscape counts the groups and the places a listing names in every field that names them")
class LandscapeGroupsAndPlacesTest {

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

    private static String listing(String id, String rest) {
        return "{\"id\": \"listing:" + id + "\", \"provider\": {\"name\": {\"en\": \"A provider\"}}, \"title\": {\"en\": \"" + id + "\"},"
                + " \"url\": \"https://example.org/" + id + "\", \"programTypes\": [\"mentorship\"], \"careerStages\": [\"emerging\"]" + rest + "}";
    }

    @Nested
    @DisplayName("P43: groups named as reserved, prioritised or welcomed")
    class Groups {

        @Test
        @DisplayName("places reserved for Indigenous youth, priority to women and a welcome to newcomers are counted, not 'not stated'")
        void everyWay() {
            Landscape l = tally("[" + listing("wapikoni/studio", ", \"eligibility\": {\"reservedFor\": [\"indigenous\"], \"maxAge\": 29}") + ","
                    + listing("wift/lab", ", \"eligibility\": {\"prioritised\": [\"women\"], \"welcomed\": [\"newcomers\"]}") + ","
                    + listing("cmpa/mentorship", ", \"eligibility\": {\"targetGroups\": [\"black\"], \"reservedFor\": [\"black\"]}") + ","
                    + listing("nsi/open-lab", "") + "]");
            Landscape.Distribution groups = l.distribution("target-group");
            assertThat(groups.counts()).containsEntry("indigenous", 1L).containsEntry("women", 1L)
                    .containsEntry("newcomers", 1L).containsEntry("black", 1L);
            assertThat(groups.notStated()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("P38: a place abroad")
    class Abroad {

        @Test
        @DisplayName("a location outside Canada with no region is counted as international, one in Canada by its region")
        void international() {
            Landscape l = tally("[" + listing("fantasia/frontieres", ", \"locations\": [{\"city\": \"Cannes\", \"country\": \"FR\"},"
                    + " {\"city\": \"Montréal\", \"region\": \"CA-QC\", \"country\": \"CA\"}]") + ","
                    + listing("abroad/only", ", \"locations\": [{\"city\": \"Rotterdam\", \"country\": \"NL\"}]") + "]");
            Landscape.Distribution regions = l.distribution("region");
            assertThat(regions.counts()).containsEntry("international", 2L).containsEntry("CA-QC", 1L);
            assertThat(regions.notStated()).isZero();
        }
    }
}
