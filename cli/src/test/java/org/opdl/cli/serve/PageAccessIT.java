package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(BrowserSession.Extension.class)
@DisplayName("In Chromium, the page is accessible, works from the keyboard and fits a phone")
class PageAccessIT {

    private static final Path BAD_EMAIL = BrowserSession.ROOT.resolve("docs/examples/invalid/bad-email.csv");
    private static final Path SHOTS = BrowserSession.ROOT.resolve("docs/guides/img");
    private static BrowserSession session;
    private static String axe;

    @BeforeEach
    void open(BrowserSession s) throws Exception {
        session = s;
        axe = Files.readString(BrowserSession.NPM.resolve("axe-core/axe.min.js"), StandardCharsets.UTF_8);
    }

    @AfterAll
    static void onlyTheTool() {
        if (session != null) {
            assertThat(session.foreign()).as("requests that left the tool").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    @DisplayName("axe-core finds no serious or critical violation, with findings and downloads shown")
    void axe(String lang) {
        Page page = session.open(lang, 1280);
        OnPage.check(page, BAD_EMAIL);
        page.fill("#wording", "emerging");
        page.click("#lookup-form button");
        page.waitForFunction("() => document.getElementById('lookup-result').textContent !== ''");
        // Evaluated by the browser's own debugging channel, which the page's policy does not govern: nothing is added to the page.
        page.evaluate(axe);
        Object serious = page.evaluate("async () => { const r = await axe.run(document, { resultTypes: ['violations'] }); "
                + "return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')); }");
        assertThat((List<?>) serious).as("serious or critical violations").isEmpty();
    }

    @Test
    @DisplayName("with the keyboard only: skip link, file chooser, a download, the same file again, and the language switch")
    void keyboard() {
        Page page = session.open("en", 1280);
        // Handled from the start: a chooser opened before a one-off wait is set up would be missed.
        page.onFileChooser(chooser -> chooser.setFiles(BAD_EMAIL));
        page.keyboard().press("Tab");
        assertThat(focused(page)).as("the first stop is the skip link").isEqualTo("A.skip");
        assertThat(tabTo(page, "A[hreflang=fr]", 3)).as("the language switch is reached").isTrue();
        assertThat(tabTo(page, "INPUT#file", 5)).as("the file input is reached").isTrue();
        page.keyboard().press("Space");
        OnPage.Shown shown = OnPage.answer(page);
        assertThat(shown.errors()).isPositive();
        assertThat(tabTo(page, "BUTTON[data-report=html]", 5)).as("the first download is reached").isTrue();
        Download d = page.waitForDownload(() -> page.keyboard().press("Enter"));
        assertThat(d.suggestedFilename()).isEqualTo("bad-email-report.html");
        assertThat(tabBackTo(page, "INPUT#file", 5)).as("back to the file input").isTrue();
        page.evaluate("() => { document.getElementById('status').textContent = ''; }");
        page.keyboard().press("Enter");
        assertThat(OnPage.answer(page).errors()).as("the same file chosen again is checked again").isEqualTo(shown.errors());
        assertThat(tabBackTo(page, "A[hreflang=fr]", 8)).as("back to the language switch").isTrue();
        page.keyboard().press("Enter");
        page.waitForURL("**/?lang=fr");
        assertThat(page.getAttribute("html", "lang")).isEqualTo("fr");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    @DisplayName("at a phone's width (375 px) nothing is wider than the screen, findings shown")
    void phone(String lang) {
        Page page = session.open(lang, 375);
        OnPage.check(page, BAD_EMAIL);
        Object wide = page.evaluate("() => [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.scroll'))"
                + ".map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className).slice(0, 10)");
        assertThat((List<?>) wide).as("elements wider than the screen").isEmpty();
        Object scroll = page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth");
        assertThat(scroll).as("no sideways scrolling").isEqualTo(Boolean.TRUE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "fr"})
    @DisplayName("the page after a check, as the providers' guides show it (written with -Dopdl.screenshots=true)")
    void screenshot(String lang) throws Exception {
        Page page = session.open(lang, 1000);
        OnPage.Shown shown = OnPage.check(page, BAD_EMAIL);
        assertThat(shown.errors()).isPositive();
        if (Boolean.getBoolean("opdl.screenshots")) {
            page.setViewportSize(1000, 1300);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("page-check-" + lang + ".png")));
        }
    }

    private static String focused(Page page) {
        return (String) page.evaluate("() => { const e = document.activeElement; return e.tagName + (e.id ? '#' + e.id : '')"
                + " + (e.className ? '.' + e.className : ''); }");
    }

    private static boolean tabTo(Page page, String selector, int most) {
        return move(page, selector, most, "Tab");
    }

    private static boolean tabBackTo(Page page, String selector, int most) {
        return move(page, selector, most, "Shift+Tab");
    }

    private static boolean move(Page page, String selector, int most, String key) {
        for (int i = 0; i <= most; i++) {
            if ((Boolean) page.evaluate("s => document.activeElement.matches(s)", selector)) {
                return true;
            }
            page.keyboard().press(key);
        }
        return false;
    }
}
