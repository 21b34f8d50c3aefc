package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opdl.schema.format.Limits;

@DisplayName("opdl serve refuses what a page on another site could make the browser send")
class ServeSecurityTest {

    private static final String ROOT = System.getProperty("opdl.root", "..");

    @RegisterExtension
    static final ServedPage PAGE = ServedPage.of(1, Limits.DEFAULT.withMaxFileBytes(20_000));

    private static byte[] example() throws IOException {
        return Files.readAllBytes(Path.of(ROOT, "docs/examples/invalid/bad-email.json"));
    }

    @Nested
    @DisplayName("hosts and origins")
    class Hosts {
        @Test
        @DisplayName("a Host other than localhost or 127.0.0.1 with the right port is refused (DNS rebinding)")
        void host() throws IOException {
            int port = PAGE.server().port();
            assertThat(PAGE.client().raw("GET / HTTP/1.1\r\nHost: evil.example:" + port + "\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 403").contains("Refused: this page answers only at localhost");
            assertThat(PAGE.client().raw("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + (port + 1) + "\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 403");
            assertThat(PAGE.client().raw("GET / HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n"))
                    .startsWith("HTTP/1.1 200");
        }

        @Test
        @DisplayName("a post from a foreign origin, or with no origin, or without this start's token, is refused")
        void origin() throws Exception {
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofByteArray(example());
            assertThat(PAGE.client().post("/api/check", body, "http://evil.example", PAGE.server().token()).statusCode()).isEqualTo(403);
            assertThat(PAGE.client().post("/api/check", body, null, PAGE.server().token()).statusCode()).isEqualTo(403);
            HttpResponse<byte[]> noToken = PAGE.client().post("/api/check", body, PAGE.client().origin(), null);
            assertThat(noToken.statusCode()).isEqualTo(403);
            assertThat(Loopback.text(noToken)).contains("refused.token");
            assertThat(PAGE.client().post("/api/check", body, PAGE.client().origin(), "0".repeat(64)).statusCode()).isEqualTo(403);
            assertThat(PAGE.client().post("/api/check", body, PAGE.client().origin(), PAGE.server().token()).statusCode()).isEqualTo(200);
        }

        @Test
        @DisplayName("the server listens on the loopback address only")
        void loopbackOnly() {
            assertThat(PAGE.server().url()).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    @DisplayName("every answer has a strict content security policy, nosniff, and no inline script in the page")
    void headers() throws Exception {
        HttpResponse<String> page = PAGE.client().get("/");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p ->
                assertThat(p).contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body()).contains("<script src=\"/app.js\" defer></script>").contains(PAGE.server().token())
                .doesNotContainPattern("<script>|<script [^s]|style=\"|onclick");
        assertThat(PAGE.client().get("/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(PAGE.client().get("/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("an upload over the size limit gets 413 and a readable message, not a dropped connection")
    void tooLarge() throws Exception {
        HttpResponse<byte[]> r = PAGE.client().post("/api/check?lang=fr", new byte[50_000]);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(Loopback.text(r)).contains("dépasse la limite de 20000 octets");
        // Without a length: the body is counted as it comes.
        HttpResponse<byte[]> chunked = PAGE.client().post("/api/check", HttpRequest.BodyPublishers.ofInputStream(
                () -> new java.io.ByteArrayInputStream(new byte[50_000])), PAGE.client().origin(), PAGE.server().token());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(PAGE.client().post("/api/check", example()).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("beyond --max-uploads at once, an upload is refused politely with 503 and the server goes on")
    void busy() throws Exception {
        byte[] body = example();
        try (Socket slow = new Socket(InetAddress.getLoopbackAddress(), PAGE.server().port())) {
            OutputStream out = slow.getOutputStream();
            // Half a body: the server holds the only upload slot while it waits for the rest.
            out.write(("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:" + PAGE.server().port() + "\r\nOrigin: " + PAGE.client().origin()
                    + "\r\nX-OPDL-Token: " + PAGE.server().token() + "\r\nConnection: close\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body, 0, body.length / 2);
            out.flush();
            HttpResponse<byte[]> refused = null;
            for (int i = 0; i < 100 && refused == null; i++) {
                Thread.sleep(20);
                HttpResponse<byte[]> r = PAGE.client().post("/api/check", body);
                if (r.statusCode() == 503) {
                    refused = r;
                }
            }
            assertThat(refused).isNotNull();
            assertThat(Loopback.text(refused)).contains("Wait a moment and try again");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            slow.setSoTimeout(30_000);
            assertThat(new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200");
        }
        assertThat(PAGE.client().post("/api/check", body).statusCode()).isEqualTo(200);
    }

    @Nested
    @DisplayName("hostile files")
    class Hostile {
        @Test
        @DisplayName("a listing titled with a script tag comes back escaped")
        void scriptTitle() throws Exception {
            String json = new String(example(), StandardCharsets.UTF_8)
                    .replaceFirst("\"en\": \"[^\"]*\"", "\"en\": \"<script>alert(1)</script>\"");
            HttpResponse<byte[]> r = PAGE.client().post("/api/check?name=%3Cscript%3Ealert(2)%3C%2Fscript%3E.json",
                    json.getBytes(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Loopback.text(r)).doesNotContain("<script").contains("&lt;script&gt;alert(2)&lt;/script&gt;.json");
        }

        @Test
        @DisplayName("a hostile file name gives a download with a safe name")
        void fileName() throws Exception {
            HttpResponse<byte[]> r = PAGE.client().post("/api/report?format=html&name=..%2F..%2Fetc%2F%22x%22%0D%0ASet-Cookie%3A%20a.json",
                    example());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"x_Set-Cookie_a-report.html\"");
            assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
            assertThat(Replies.safeName("CON")).isEqualTo("opdl-CONfile");
            assertThat(Replies.safeName("Été 2026.xlsx")).isEqualTo("Ete_2026.xlsx");
        }

        @Test
        @DisplayName("broken or nested-too-deep files are findings, and the server keeps serving")
        void broken() throws Exception {
            byte[] deep = ("[" + "[".repeat(5000) + "]".repeat(5000) + "]").getBytes(StandardCharsets.UTF_8);
            HttpResponse<byte[]> r = PAGE.client().post("/api/check?name=deep.json", deep);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Loopback.text(r)).contains("\"error\":");
            HttpResponse<byte[]> zip = PAGE.client().post("/api/check?name=book.xlsx", "PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(zip.statusCode()).isIn(200, 500);
            assertThat(PAGE.client().get("/").statusCode()).isEqualTo(200);
        }
    }
}
