package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The text of a match lists the best programs and counts the rest")
class MatchTextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** 30 open labs in Quebec for emerging producers, their deadlines a day apart, and 3 that need one more credit. */
    private static Matches matches() {
        Profile p = new Profile(2, 1, 3, "CA-QC", Optional.empty(), List.of("fr"), List.of(), Optional.of(new BigDecimal("500")),
                OptionalInt.empty(), LocalDate.of(2026, 12, 5));
        Matcher m = new Matcher(p, false);
        for (int i = 0; i < 33; i++) {
            String credits = i < 30 ? "1" : "2";
            m.accept(JSON.readTree("""
                    {"id": "listing:sodec/lab-%02d", "title": {"fr": "Laboratoire de production %d"}, "provider": {"name": {"fr": "SODEC"}},
                     "url": "https://sodec.example/lab", "status": "open", "eligibility": {"minCredits": %s, "residence": ["CA-QC"]},
                     "workingLanguages": ["fr"], "intakes": [{"applicationDeadline": "2027-01-%02d"}]}
                    """.formatted(i, i, credits, 1 + i % 28)));
        }
        return m.matches();
    }

    private static String text(Matches m, Lang lang, int limit) {
        StringWriter out = new StringWriter();
        MatchText.write(m, lang, out, limit);
        return out.toString();
    }

    @Test
    @DisplayName("lists the first 20 in rank, then how many more there are, in both languages")
    void limited() {
        Matches m = matches();
        assertThat(m.fits()).hasSize(30);
        String en = text(m, Lang.EN, MatchText.DEFAULT_LIMIT);
        assertThat(en).contains("Programs that fit (30)").contains("\n20. ").doesNotContain("\n21. ")
                .contains("… and 10 more, not listed here (--limit N lists more, --all lists every one).")
                .contains("Near misses (3)");
        assertThat(en.indexOf("Laboratoire de production 0 ")).isLessThan(en.indexOf("Laboratoire de production 1 "));
        assertThat(text(m, Lang.FR, MatchText.DEFAULT_LIMIT)).contains("… et 10 autres, non listés ici");
        assertThat(text(m, Lang.EN, 2)).contains("… and 28 more").contains("… and 1 more");
    }

    @Test
    @DisplayName("with no limit, or one above the count, lists every program and no count of others")
    void all() {
        Matches m = matches();
        assertThat(text(m, Lang.EN, MatchText.ALL)).isEqualTo(MatchText.write(m, Lang.EN)).contains("\n30. ").doesNotContain("more, not listed");
        assertThat(text(m, Lang.FR, 30)).isEqualTo(MatchText.write(m, Lang.FR));
        assertThat(text(m, Lang.EN, 0)).contains("Programs that fit (30)\n   … and 30 more").doesNotContain("1. ");
        assertThatThrownBy(() -> text(m, Lang.EN, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Two labs for Ontario producers in English with three credits, one open and one closed, and the profile of a Quebec producer. */
    private static Matches nothingFits(boolean includeClosed, boolean all, boolean onlyClosed) {
        Profile p = new Profile(2, 1, 3, "CA-QC", Optional.empty(), List.of("fr"), List.of(), Optional.empty(),
                OptionalInt.empty(), LocalDate.of(2026, 12, 5));
        Matcher m = new Matcher(p, includeClosed, all);
        List<String> statuses = onlyClosed ? List.of("closed", "closed") : List.of("open", "closed");
        for (int i = 0; i < statuses.size(); i++) {
            String status = statuses.get(i);
            // two programs, each its own id: a listing given twice by its id is matched once
            m.accept(JSON.readTree("""
                    {"id": "listing:ontario-lab/%s-%d", "title": {"en": "Ontario Producers Lab"}, "provider": {"name": {"en": "Ontario Lab"}},
                     "url": "https://ontario-lab.example/", "status": "%s", "eligibility": {"minCredits": 3, "residence": ["CA-ON"]},
                     "workingLanguages": ["en"]}
                    """.formatted(status, i, status)));
        }
        return m.matches();
    }

    @Test
    @DisplayName("when nothing fits, nor nearly, says so and what to try, rather than two empty headings, in both languages")
    void nothingFits() {
        String en = MatchText.write(nothingFits(false, false, false), Lang.EN);
        assertThat(en).endsWith("Near misses (0)\n\nNo program fits you, nor nearly: the only program judged asks for something your "
                + "profile does not meet. --all lists each program with the reasons it does not fit; check your figures, region and "
                + "languages, or try a larger dataset. --include-closed also judges the program closed or past its deadline.\n");
        assertThat(MatchText.write(nothingFits(false, false, false), Lang.FR))
                .contains("Aucun programme ne vous convient, même de justesse : le seul programme jugé demande quelque chose");
        assertThat(MatchText.write(nothingFits(true, false, false), Lang.EN))
                .contains("the 2 programs judged ask for something").doesNotContain("--include-closed also");
        assertThat(MatchText.write(nothingFits(true, true, false), Lang.EN))
                .as("with --all, the programs and their reasons follow").doesNotContain("No program fits you")
                .contains("Programs that do not fit (2)");
    }

    @Test
    @DisplayName("when every program is closed or past its deadline, says so and how to see them, in both languages")
    void everyProgramClosed() {
        assertThat(MatchText.write(nothingFits(false, false, true), Lang.EN)).endsWith("Near misses (0)\n\nNone of the 2 programs "
                + "is open now: each is closed, discontinued or past its deadline. --include-closed judges them, with their reasons, "
                + "to watch for their next call.\n");
        assertThat(MatchText.write(nothingFits(false, false, true), Lang.FR)).contains("Aucun des 2 programmes n'est ouvert maintenant");
    }

    @Test
    @DisplayName("F6: on the page, names the page's boxes by their labels instead of the command's options, in both languages")
    void pageBoxes() {
        MatchControls page = new MatchControls.Page(new Text("Include closed programs", "Inclure les programmes fermés"),
                new Text("Show every program", "Montrer chaque programme"));
        StringWriter en = new StringWriter();
        MatchText.write(matches(), Lang.EN, en, MatchText.DEFAULT_LIMIT, page);
        assertThat(en.toString()).doesNotContain("--").contains("… and 10 more, not listed here (tick \u201cShow every program\u201d to list every one).");
        StringWriter fr = new StringWriter();
        MatchText.write(matches(), Lang.FR, fr, MatchText.DEFAULT_LIMIT, page);
        assertThat(fr.toString()).doesNotContain("--").contains("non listés ici (cochez « Montrer chaque programme » pour les lister tous).");
        StringWriter none = new StringWriter();
        MatchText.write(nothingFits(false, false, false), Lang.EN, none, MatchText.DEFAULT_LIMIT, page);
        assertThat(none.toString()).doesNotContain("--").contains("left out (tick \u201cInclude closed programs\u201d to see them).")
                .contains("Tick \u201cShow every program\u201d to list each program with the "
                + "reasons it does not fit; check your figures").endsWith("Ticking \u201cInclude closed programs\u201d also judges the "
                + "program closed or past its deadline.\n");
        StringWriter closed = new StringWriter();
        MatchText.write(nothingFits(false, false, true), Lang.FR, closed, MatchText.DEFAULT_LIMIT, page);
        assertThat(closed.toString()).doesNotContain("--").contains("de côté (cochez « Inclure les programmes fermés » pour les voir).")
                .contains("Cochez « Inclure les programmes fermés » pour les juger");
    }

    @Test
    @DisplayName("F7: in French, no space before a semicolon, as in the other French messages; a space before a colon")
    void frenchPunctuation() {
        assertThat(MatchText.write(nothingFits(false, false, false), Lang.FR)).contains("il ne convient pas; vérifiez vos chiffres")
                .doesNotContain(" ;");
    }

    @Test
    @DisplayName("a listing that does not state its status gets no empty \"status:\" line, in either language")
    void statusNotStated() {
        Profile p = new Profile(4, 2, 4, "CA-BC", Optional.empty(), List.of("en"), List.of(), Optional.empty(),
                OptionalInt.empty(), LocalDate.of(2025, 3, 1));
        Matcher m = new Matcher(p, false);
        m.accept(JSON.readTree("""
                {"id": "listing:cmf/digital-creators-pilot", "title": {"en": "Digital Creators Pilot"},
                 "provider": {"name": {"en": "Canada Media Fund"}}, "url": "https://cartt.ca/cmf-launches-digital-creators-pilot-program",
                 "eligibility": {"minYears": 1}}
                """));
        assertThat(MatchText.write(m.matches(), Lang.EN)).contains("1. Digital Creators Pilot — Canada Media Fund\n   fits: ")
                .doesNotContain("status:");
        assertThat(MatchText.write(m.matches(), Lang.FR)).doesNotContain("statut");
    }

    @Test
    @DisplayName("F12: the summary counts the closed programs, with how to see them, only when some were left out, in both languages")
    void closedSaidOnlyWhenLeftOut() {
        assertThat(MatchText.write(nothingFits(true, true, false), Lang.FR))
                .contains("2 fiches lues : 0 vous convient, 0 de justesse, 2 ne conviennent pas.\n")
                .doesNotContain("fermée").doesNotContain("--include-closed");
        assertThat(MatchText.write(nothingFits(true, true, false), Lang.EN))
                .contains("2 listings read: 0 fit, 0 nearly fit, 2 do not fit.\n").doesNotContain("left out");
        assertThat(MatchText.write(nothingFits(false, false, false), Lang.EN))
                .contains("2 listings read: 0 fit, 0 nearly fit, 1 does not fit, 1 closed or past its deadline left out "
                        + "(--include-closed shows them).\n");
        assertThat(MatchText.write(nothingFits(false, false, true), Lang.FR))
                .contains("2 fiches lues : 0 vous convient, 0 de justesse, 0 ne convient pas, 2 fermées ou échues laissées de côté "
                        + "(--include-closed pour les voir).\n");
    }

    @Test
    @DisplayName("F13: counts, deadlines and amounts are written as each language writes them: 1 fits, March 15, 2027, $1,500; "
            + "1 vous convient, 15 mars 2027, 1 500 $")
    void numbersDatesAndAmounts() {
        Profile p = new Profile(2, 1, 3, "CA-QC", Optional.empty(), List.of("fr"), List.of(), Optional.of(new BigDecimal("1500")),
                OptionalInt.empty(), LocalDate.of(2026, 12, 5));
        Matcher m = new Matcher(p, false);
        m.accept(JSON.readTree("""
                {"id": "listing:inis/atelier-production", "title": {"fr": "Atelier de production"},
                 "provider": {"name": {"fr": "L'inis"}}, "url": "https://inis.qc.ca/", "status": "open",
                 "eligibility": {"minCredits": 1, "residence": ["CA-QC"]}, "workingLanguages": ["fr"],
                 "fees": [{"feeType": "tuition", "amount": {"amount": "1250.50", "currency": "CAD"}}],
                 "intakes": [{"applicationDeadline": "2027-03-15"}]}
                """));
        m.accept(JSON.readTree("""
                {"id": "listing:sodec/marche", "title": {"fr": "Marché des producteurs"},
                 "provider": {"name": {"fr": "SODEC"}}, "url": "https://sodec.example/", "status": "open",
                 "eligibility": {"minCredits": 1, "residence": ["CA-QC"]}, "workingLanguages": ["fr"],
                 "fees": [{"feeType": "registration", "amount": {"amount": "1600.00", "currency": "CAD"}}],
                 "intakes": [{"applicationDeadline": "2027-04-01"}]}
                """));
        String fr = MatchText.write(m.matches(), Lang.FR);
        assertThat(fr).contains("2 fiches lues : 1 vous convient, 1 de justesse, 0 ne convient pas.\n")
                .contains("   date limite : 15 mars 2027\n").contains("   date limite : 1er avril 2027\n")
                .contains("coûte 1\u202f250,50 $, votre budget est de 1\u202f500 $")
                .contains("coûte 1\u202f600 $, votre budget est de 1\u202f500 $ (100 $ de trop)").doesNotContain("(s)");
        String en = MatchText.write(m.matches(), Lang.EN);
        assertThat(en).contains("2 listings read: 1 fits, 1 nearly fits, 0 do not fit.\n")
                .contains("   deadline: March 15, 2027\n").contains("   deadline: April 1, 2027\n")
                .contains("costs $1,250.50, your budget is $1,500").contains("costs $1,600, your budget is $1,500 ($100 over)");
    }
}
