package org.opdl.validator.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.validator.landscape.LandscapeCountsTest.landscape;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;

@DisplayName("The gaps and the comparison of the landscape report say what they count, in both languages")
class LandscapeGapsTest {

    /** An open online mentorship for emerging producers of the given provinces, modelled on the CMPA's. */
    private static String mentorship(int n, String status, String residence) {
        return """
            {"id": "listing:cmpa/virtual-mentorship-%d", "provider": {"id": "provider:cmpa", "name": {"en": "Canadian Media Producers Association"}},
             "title": {"en": "CMPA Virtual Mentorship Program"},
             "description": {"en": "One-to-one online mentorship on a chosen topic, in short weekly sessions over three to six months."},
             "url": "https://cmpa.ca/mentorship/", "programTypes": ["mentorship"], "careerStages": ["emerging"],
             "eligibility": {"residence": [%s]}, "participationUnit": "individual", "deliveryMode": "online",
             "workingLanguages": ["en"], "intakes": [{"applicationDeadline": "2027-03-01"}],
             "contact": {"email": "mentorship@cmpa.ca"}, "status": "%s", "lastUpdated": "2026-11-01T00:00:00Z",
             "source": "https://cmpa.ca/mentorship/"}""".formatted(n, residence, status);
    }

    private static List<String> items(String md, String stage) {
        return md.lines().filter(l -> l.startsWith("- " + stage)).toList();
    }

    @Nested
    @DisplayName("F30: for emerging producers served by an open mentorship in every province but Nunavut, Yukon and the Northwest Territories")
    class SomeRegions {

        private final String residence = String.join(", ", List.of("\"CA-AB\"", "\"CA-BC\"", "\"CA-MB\"", "\"CA-NB\"", "\"CA-NL\"",
                "\"CA-NS\"", "\"CA-ON\"", "\"CA-PE\"", "\"CA-QC\"", "\"CA-SK\""));

        @Test
        @DisplayName("names the regions left, out of the provinces and territories, the last after 'and'")
        void regions() throws Exception {
            Landscape l = landscape(mentorship(1, "open", residence));
            String en = LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.EN);
            assertThat(items(en, "Emerging")).contains("- Emerging: no open program in 3 of the 13 provinces and territories: "
                    + "Northwest Territories, Nunavut and Yukon");
            assertThat(items(en, "Emerging")).contains("- Emerging: no open program of 22 of the 23 program types: paid placement or "
                    + "internship; shadowing; lab; incubator or accelerator; course or training program; masterclass or workshop; webinar "
                    + "series; conference; market or pitch forum; co-production forum; fellowship or residency; funding with training; "
                    + "professional-development or travel grant; company consulting or coaching; equity, diversity and inclusion training; "
                    + "workshop or webinar; development fund; festival or market access; peer learning; round table; resource library; and "
                    + "placement or internship (pay not stated)");
            assertThat(items(en, "Entry")).contains("- Entry: no open program in any of the 13 provinces and territories",
                    "- Entry: no open program of any of the 23 program types");
            String fr = LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.FR);
            assertThat(items(fr, "Émergent")).contains("- Émergent : aucun programme ouvert dans 3 des 13 provinces et territoires : "
                    + "Territoires du Nord-Ouest, Nunavut et Yukon");
            assertThat(items(fr, "Entrée")).contains("- Entrée : aucun programme ouvert dans les 13 provinces et territoires",
                    "- Entrée : aucun programme ouvert parmi les 23 types de programme");
            assertThat(en).contains("- Among open and upcoming programs: Alberta, British Columbia, Manitoba, New Brunswick, Newfoundland "
                    + "and Labrador, Nova Scotia, Northwest Territories, Nunavut, Ontario, Prince Edward Island, Quebec, Saskatchewan and Yukon");
        }
    }

    @Nested
    @DisplayName("F30: for emerging producers served by an open Canada-wide mentorship")
    class EveryRegion {

        @Test
        @DisplayName("says that a program is open in every province and territory, where it listed 'none' after a count of 0")
        void none() throws Exception {
            Landscape l = landscape(mentorship(1, "open", "\"CA\""));
            String en = LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.EN);
            assertThat(items(en, "Emerging")).contains("- Emerging: an open program in every province and territory");
            String fr = LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.FR);
            assertThat(items(fr, "Émergent")).contains("- Émergent : un programme ouvert dans chaque province et territoire");
            assertThat(en).doesNotContain("in 0 of").doesNotContain("13 of 13");
        }
    }

    @Nested
    @DisplayName("F31: a dataset of more programs than the industry report's over 200")
    class MoreThanTheIndustryReport {

        @Test
        @DisplayName("agrees with it without saying it holds as many programs as the report analysed")
        void atLeastAsMany() throws Exception {
            String[] listings = new String[250];
            for (int i = 0; i < listings.length; i++) {
                listings[i] = mentorship(i, "closed", "\"CA-ON\"");
            }
            Landscape l = landscape(listings);
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.EN)).contains("This dataset holds 250 listings, which agrees "
                    + "with the over 200 programs the industry report analysed: there are at least as many programs as it found.")
                    .doesNotContain("as many as the industry report analysed");
            assertThat(LandscapeReport.render(l, LandscapeReport.Form.MD, Lang.FR)).contains("Ce jeu de données contient 250 fiches, ce qui "
                    + "concorde avec les plus de 200 programmes analysés par le rapport de l'industrie : il y a au moins autant de "
                    + "programmes qu'il en a trouvé.");
        }
    }

    @Nested
    @DisplayName("F33: a chart whose labels are long, as the French target groups are")
    class LongLabels {

        /** Each bar's label, with the x at which its right end is drawn. */
        private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
                "<text x=\"(\\d+)\" y=\"\\d+\" text-anchor=\"end\" font-size=\"13\">([^<]*)</text>");

        @Test
        @DisplayName("gives every label room to be read whole, none cut at the chart's left edge, in both languages")
        void labelsFit() throws Exception {
            String olmc = mentorship(1, "open", "\"CA-NB\"").replace("\"residence\": [\"CA-NB\"]",
                    "\"residence\": [\"CA-NB\"], \"targetGroups\": [\"olmc\", \"deaf-disability\"]");
            Landscape l = landscape(olmc);
            for (Lang lang : Lang.values()) {
                String html = LandscapeReport.render(l, LandscapeReport.Form.HTML, lang);
                java.util.regex.Matcher m = LABEL.matcher(html);
                int labels = 0;
                while (m.find()) {
                    labels++;
                    String label = m.group(2).replace("&#39;", "'").replace("&amp;", "&");
                    // At 13 pixels, a character of the fonts browsers fall back to is 7 pixels wide on average.
                    assertThat(Integer.parseInt(m.group(1))).as("%s in %s", label, lang).isGreaterThanOrEqualTo(label.length() * 7);
                }
                assertThat(labels).isGreaterThan(10);
                assertThat(html).contains(lang == Lang.FR ? ">Communautés de langue officielle en situation minoritaire</text>"
                        : ">Official-language minority communities</text>");
            }
        }
    }
}
