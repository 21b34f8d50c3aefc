package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BrowserSession.Extension.class)
@DisplayName("In Chromium, the page refuses other sites and shows hostile files as text")
class PageSecurityIT {

    private static final String CSV = "application/octet-stream";
    private static BrowserSession session;
    private static BrowserContext elsewhere;
    private static HttpServer otherSite;

    @BeforeEach
    void open(BrowserSession s) throws Exception {
        if (session != null) {
            return;
        }
        session = s;
        elsewhere = s.browser().newContext();
        // A site of its own on another port, whose script posts a file to the tool as a hostile page would.
        otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        String tool = s.server().url();
        otherSite.createContext("/", ex -> {
            // A background post, which the browser must not let the other site read, and a form posted to the tool.
            byte[] page = ("<!DOCTYPE html><title>elsewhere</title><form id=f method=post enctype=text/plain action='" + tool
                    + "api/check?name=x.json'><input name=a value=b></form><script>fetch('" + tool + "api/check?name=y.json', "
                    + "{method: 'POST', mode: 'no-cors', body: '{}'}).catch(() => {}).finally(() => f.submit());</script>")
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        otherSite.start();
    }

    @AfterAll
    static void close() {
        if (session == null) {
            return;
        }
        elsewhere.close();
        otherSite.stop(0);
        assertThat(session.foreign()).as("requests that left the tool").isEmpty();
        assertThat(session.dialogs()).as("dialogs opened by a file's text").isEmpty();
    }

    @Test
    @DisplayName("the page reached under another host name (DNS rebinding) is refused")
    void wrongHost() {
        Page page = elsewhere.newPage();
        Response r = page.navigate("http://rebind.example:" + session.server().port() + "/");
        assertThat(r.status()).isEqualTo(403);
        assertThat(page.textContent("body")).contains("Refused: this page answers only at localhost");
        page.close();
    }

    @Test
    @DisplayName("posts made by another site's page are refused, and the page cannot read the answer")
    void foreignOrigin() {
        Page page = elsewhere.newPage();
        List<String> failed = new CopyOnWriteArrayList<>();
        page.onRequestFailed(r -> failed.add(r.url()));
        Response form = page.waitForResponse(res -> res.url().contains("name=x.json"),
                () -> page.navigate("http://other.example:" + otherSite.getAddress().getPort() + "/"));
        assertThat(form.status()).isEqualTo(403);
        assertThat(form.text()).contains("refused.origin").contains("did not come from this page");
        assertThat(failed).as("the background post's answer is withheld from the other site")
                .anyMatch(u -> u.contains("name=y.json"));
        page.close();
    }

    @Test
    @DisplayName("a file over the limit gets a clear message, and the page goes on checking")
    void oversized() {
        Page page = session.open("en", 1280);
        byte[] big = new byte[(int) BrowserSession.MAX_BYTES + 1000];
        Arrays.fill(big, (byte) 'a');
        OnPage.Shown shown = OnPage.check(page, "huge.csv", CSV, big);
        assertThat(shown.status()).contains("larger than the limit of").contains("--max-file-size");
        assertThat(page.isHidden("#downloads")).isTrue();
        assertThat(OnPage.check(page, BrowserSession.ROOT.resolve("docs/examples/cfc-producers-lab.csv")).errors()).isZero();
    }

    @Test
    @DisplayName("a hostile file name is shown as text, and downloads get a safe name")
    void hostileName() throws Exception {
        Page page = session.open("en", 1280);
        byte[] csv = Files.readAllBytes(BrowserSession.ROOT.resolve("docs/examples/invalid/bad-email.csv"));
        String name = "<img src=x onerror=alert(1)>..\\..\\con.csv";
        OnPage.Shown shown = OnPage.check(page, name, CSV, csv);
        assertThat(shown.errors()).isPositive();
        assertThat(shown.status()).contains("<img src=x onerror=alert(1)>");
        assertThat(page.querySelectorAll("img")).as("no element made from the name").isEmpty();
        OnPage.Saved report = OnPage.download(page, "[data-report=html]");
        assertThat(report.name()).matches("[A-Za-z0-9._-]+").doesNotContain("..");
        assertThat(report.text()).doesNotContain("<img src=x");
    }

    @Test
    @DisplayName("a listing whose title and email are script tags is shown as text, never run")
    void scriptInListing() throws Exception {
        Page page = session.open("fr", 1280);
        String json = Files.readString(BrowserSession.ROOT.resolve("docs/examples/invalid/bad-email.json"), StandardCharsets.UTF_8)
                .replace("\"CMPA Production Mentorship Program\"", "\"<script>alert('title')</script>\"")
                .replace("mentorship at cmpa.ca", "<script>alert(1)</script>");
        OnPage.Shown shown = OnPage.check(page, "script.json", "application/json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(shown.errors()).isPositive();
        assertThat(shown.results()).contains("<script>alert(1)</script>");
        assertThat(page.querySelectorAll("#results script")).isEmpty();
        assertThat(session.dialogs()).isEmpty();
    }
}
