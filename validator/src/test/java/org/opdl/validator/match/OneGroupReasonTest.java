package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.match.WaysInTest.profile;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("F48: places reserved for one group, or a fee waived for one group, the profile does not name are said of that one group")
class OneGroupReasonTest {

    /** Wapikoni's stopovers: places reserved for Indigenous youth, no fee. */
    private static final String RESERVED = """
            {"id": "listing:wapikoni/stopovers", "title": {"en": "Wapikoni mobile studio stopovers"},
             "provider": {"name": {"en": "Wapikoni mobile"}}, "url": "https://wapikoni.example/", "programTypes": ["course"],
             "eligibility": {"reservedFor": ["indigenous"]}, "statedNone": ["no-fees"]}
            """;
    /** An application fee of $50 waived for youth only. */
    private static final String WAIVED = """
            {"id": "listing:wift/producers-lab", "title": {"en": "Producers Lab"}, "provider": {"name": {"en": "Women in Film & Television"}},
             "url": "https://wift.example/lab", "programTypes": ["lab"],
             "fees": [{"feeType": "application-fee", "amount": {"amount": "50.00", "currency": "CAD"}, "waivedFor": ["youth"]}]}
            """;

    private static Match only(String listing) {
        Matcher m = new Matcher(profile(2, 1, 3, "CA-QC", List.of(), null, "500"), false, true);
        m.accept(JsonMapper.builder().build().readTree(listing));
        Matches all = m.matches();
        return all.fits().isEmpty() ? all.others().get(0) : all.fits().get(0);
    }

    private static Match.Check check(Match m, String criterion) {
        return m.checks().stream().filter(c -> c.criterion().equals(criterion)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("\"reserved for Indigenous; your profile does not name it\", not \"names none of these\", in both languages")
    void reserved() {
        Match.Check c = check(only(RESERVED), "target-group");
        assertThat(c.outcome()).isEqualTo(Match.Outcome.DOES_NOT_FIT);
        assertThat(c.reason().en()).isEqualTo("reserved for Indigenous; your profile does not name it");
        assertThat(c.reason().fr()).isEqualTo("réservé à : Autochtones; votre profil ne le nomme pas");
    }

    @Test
    @DisplayName("\"waives $50 of its fees for youth; your profile does not name it\", in both languages")
    void waived() {
        Match.Check c = check(only(WAIVED), "cost");
        assertThat(c.reason().en()).isEqualTo("waives $50 of its fees for youth; your profile does not name it");
        assertThat(c.reason().fr()).isEqualTo("lève 50 $ de ses frais pour : jeunes; votre profil ne le nomme pas");
    }
}
