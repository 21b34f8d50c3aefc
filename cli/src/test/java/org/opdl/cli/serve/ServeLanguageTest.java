package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A coordinator in a bilingual office whose browser is set to French opens the page by its plain
 * address: the page speaks the browser's language unless the address names one.
 */
@DisplayName("opdl serve answers in the browser's language when the address names none")
class ServeLanguageTest {

    @RegisterExtension
    static final ServedPage PAGE = ServedPage.of(2);

    @Test
    @DisplayName("a browser set to Canadian French gets the French page")
    void frenchBrowser() throws Exception {
        String page = PAGE.client().get("/", "fr-CA,fr;q=0.9,en-US;q=0.8,en;q=0.7").body();
        assertThat(page).contains("<html lang=\"fr\">").contains("href=\"/template.xlsx?lang=fr\"");
    }

    @Test
    @DisplayName("the browser's order of preference decides, by weight as well as by place")
    void preferenceOrder() throws Exception {
        assertThat(PAGE.client().get("/", "en-CA,fr-CA;q=0.8").body()).contains("<html lang=\"en\">");
        assertThat(PAGE.client().get("/", "en;q=0.5,fr-CA").body()).contains("<html lang=\"fr\">");
        assertThat(PAGE.client().get("/", "de-DE,fr;q=0.7,en;q=0.3").body())
                .as("the first language the page speaks wins").contains("<html lang=\"fr\">");
    }

    @Test
    @DisplayName("the address's language wins over the browser's, so the link to the other language works")
    void addressWins() throws Exception {
        assertThat(PAGE.client().get("/?lang=en", "fr-CA").body()).contains("<html lang=\"en\">");
        assertThat(PAGE.client().get("/?lang=fr", "en-CA").body()).contains("<html lang=\"fr\">");
    }

    @Test
    @DisplayName("no header, a language the page does not speak, or a malformed header give English")
    void otherwiseEnglish() throws Exception {
        assertThat(PAGE.client().get("/").body()).contains("<html lang=\"en\">");
        assertThat(PAGE.client().get("/", "de-DE,es").body()).contains("<html lang=\"en\">");
        assertThat(PAGE.client().get("/", "fr;q=nonsense,,;;").body()).contains("<html lang=\"en\">");
    }

    @Test
    @DisplayName("the page's own errors follow the browser too")
    void errorsInFrench() throws Exception {
        var r = PAGE.client().get("/no-such-page", "fr-CA");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("Nothing here").contains("\"message\"");
        assertThat(r.body()).isEqualTo(PAGE.client().get("/no-such-page?lang=fr").body());
    }

    @Test
    @DisplayName("with JavaScript off, the page says what needs it and what to do, in its language")
    void withoutJavaScript() throws Exception {
        assertThat(PAGE.client().get("/").body())
                .containsPattern("<noscript><p class=\"noscript\">This page needs JavaScript to check a file[^<]*turn JavaScript on[^<]*"
                        + "opdl validate[^<]*</p></noscript>");
        assertThat(PAGE.client().get("/", "fr-CA").body())
                .containsPattern("<noscript><p class=\"noscript\">Cette page a besoin de JavaScript[^<]*activez JavaScript[^<]*"
                        + "opdl validate[^<]*</p></noscript>");
    }
}
