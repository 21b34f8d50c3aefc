package org.opdl.cli.serve;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a person does on the page, done through the browser: choose a file, wait for the answer, download. */
final class OnPage {

    /** The counts of the status line, in English ("Checked x: 1 error, …") or French ("x vérifié : 0 erreur, …"). */
    private static final Pattern COUNTS = Pattern.compile("(\\d+) (?:errors?|erreurs?), (\\d+) (?:warnings?|avertissements?), "
            + "(\\d+) (?:info|informations?), (?:in|dans) (\\d+) (?:listings?|fiches?)");

    private OnPage() {
    }

    /**
     * What the page showed once a file was checked.
     *
     * @param status the status line
     * @param results the text of the findings
     * @param errors the errors counted on the status line, or -1 when it shows a refusal
     * @param listings the listings counted there, or -1
     */
    record Shown(String status, String results, int errors, int listings) {
    }

    /** Chooses a file through the page's file input and waits for the page's answer. */
    static Shown check(Page page, Path file) {
        clearStatus(page);
        page.setInputFiles("#file", file);
        return answer(page);
    }

    /** As {@link #check(Page, Path)}, for a file made in the test with the name and bytes given. */
    static Shown check(Page page, String name, String type, byte[] bytes) {
        clearStatus(page);
        page.setInputFiles("#file", new FilePayload(name, type, bytes));
        return answer(page);
    }

    private static void clearStatus(Page page) {
        page.evaluate("() => { document.getElementById('status').textContent = ''; }");
    }

    /** Waits until the status line holds an answer rather than "Checking…", then reads the page. */
    static Shown answer(Page page) {
        page.waitForFunction("() => { const t = document.getElementById('status').textContent; "
                + "return t !== '' && !t.endsWith('\\u2026'); }", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        String status = page.textContent("#status");
        String results = page.innerText("#results");
        Matcher m = COUNTS.matcher(status);
        return m.find() ? new Shown(status, results, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)))
                : new Shown(status, results, -1, -1);
    }

    /** Clicks what {@code selector} names and returns the file the browser saved. */
    static Saved download(Page page, String selector) throws IOException {
        Download d = page.waitForDownload(() -> page.click(selector));
        Path path = d.path();
        return new Saved(d.suggestedFilename(), Files.readAllBytes(path));
    }

    /**
     * A downloaded file.
     *
     * @param name the name the browser was told to save it under
     * @param bytes its content
     */
    record Saved(String name, byte[] bytes) {
        String text() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
