package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.cli.exit.ExitCode;

@DisplayName("opdl classify, run from the built jar as a process")
class ClassifyIT {

    @Test
    @DisplayName("classifies a mid-career producer in English and says what established needs")
    void english() throws Exception {
        Cli r = Cli.runJar("classify", "--completed-works", "5", "--credits", "4", "--years", "7");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Stage: Mid-career").doesNotContain("[mid-career]")
                .contains("professional producing credits: 2 more (4 of 6)")
                .contains("years of professional practice: 3 more (7 of 10)");
    }

    @Test
    @DisplayName("prints French and JSON with the stage code at the top")
    void frenchJson() throws Exception {
        Cli r = Cli.runJar("classify", "--completed-works", "1", "--credits", "0", "--years", "2", "--lang", "fr",
                "--format", "json");
        assertThat(r.code()).isEqualTo(ExitCode.OK);
        assertThat(r.json().get("stage").asString()).isEqualTo("emerging");
        assertThat(r.json().get("label").asString()).isEqualTo("Émergent");
        assertThat(r.json().at("/next/stage").asString()).isEqualTo("early-career");
    }

    @Test
    @DisplayName("rejects more credits than works with one line, exit 2 and no stack trace, in both languages")
    void creditsExceedWorks() throws Exception {
        Cli en = Cli.runJar("classify", "--completed-works", "1", "--credits", "2", "--years", "3");
        assertThat(en.code()).isEqualTo(ExitCode.USAGE);
        assertThat(en.out()).isEmpty();
        assertThat(en.errLines()).singleElement().asString()
                .startsWith("opdl: 2 professional credits but only 1 completed work:");
        Cli fr = Cli.runJar("classify", "--completed-works", "1", "--credits", "2", "--years", "3", "--lang", "fr");
        assertThat(fr.code()).isEqualTo(ExitCode.USAGE);
        assertThat(fr.errLines()).singleElement().asString()
                .startsWith("opdl : 2 crédits professionnels mais seulement 1 œuvre terminée :");
    }

    @Test
    @DisplayName("rejects a negative or non-numeric figure and an unknown language with exit 2")
    void badFigures() throws Exception {
        Cli negative = Cli.runJar("classify", "--completed-works", "3", "--credits", "1", "--years", "-5");
        assertThat(negative.code()).isEqualTo(ExitCode.USAGE);
        assertThat(negative.errLines()).containsExactly("opdl: --years \"-5\" cannot be negative: use 0 or more");
        Cli text = Cli.runJar("classify", "--completed-works", "trois", "--credits", "1", "--years", "5", "--lang", "fr");
        assertThat(text.code()).isEqualTo(ExitCode.USAGE);
        assertThat(text.errLines()).singleElement().asString()
                .isEqualTo("opdl : --completed-works « trois » doit être un nombre entier positif ou nul (par exemple 3)");
        Cli lang = Cli.runJar("classify", "--completed-works", "3", "--credits", "1", "--years", "5", "--lang", "it");
        assertThat(lang.code()).isEqualTo(ExitCode.USAGE);
        assertThat(lang.errLines()).hasSize(1);
    }
}
