package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@DisplayName("opdl serve reads the file itself as the body, and says so when a form wraps it")
@Timeout(60)
class ServeUploadShapeTest {

    private static final Path EXAMPLE = Path.of(System.getProperty("opdl.root", ".."), "docs/examples/cmpa-wide-lens.csv");

    @RegisterExtension
    static final ServedPage PAGE = ServedPage.of(2);

    /** A form of two files, as {@code curl -F} or an HTML form sends it. */
    private static byte[] form(String boundary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String name : new String[] {"cmpa-wide-lens.csv", "second.csv"}) {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(Files.readAllBytes(EXAMPLE));
            out.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    @DisplayName("a multipart form (one file or two) is 415 in the page's language, not a spreadsheet whose heading is the boundary")
    void multipartForm() throws Exception {
        String boundary = "------------------------8325f1f1512695bc";
        for (String path : new String[] {"/api/check", "/api/report?format=json", "/api/convert?to=json", "/api/match"}) {
            HttpResponse<byte[]> r = PAGE.client().post(path + (path.contains("?") ? "&" : "?") + "name=cmpa-wide-lens.csv",
                    form(boundary), "multipart/form-data; boundary=" + boundary);
            assertThat(r.statusCode()).as(path).isEqualTo(415);
            assertThat(Loopback.text(r)).contains("sent.as.form").contains("the file itself as the body")
                    .contains("application/octet-stream").doesNotContain(boundary);
        }
        HttpResponse<byte[]> fr = PAGE.client().post("/api/check?lang=fr", form(boundary), "multipart/form-data; boundary=" + boundary);
        assertThat(Loopback.text(fr)).contains("le fichier lui-même");
        HttpResponse<byte[]> urlEncoded = PAGE.client().post("/api/check", "file=cmpa-wide-lens.csv".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertThat(urlEncoded.statusCode()).isEqualTo(415);
    }

    @Test
    @DisplayName("the file's bytes are read whatever else the Content-Type says; an empty body is the empty file's error")
    void rawBodies() throws Exception {
        byte[] csv = Files.readAllBytes(EXAMPLE);
        for (String type : new String[] {"application/octet-stream", "text/plain", "text/csv; charset=utf-8", "application/json"}) {
            HttpResponse<byte[]> r = PAGE.client().post("/api/check?name=cmpa-wide-lens.csv", csv, type);
            assertThat(r.statusCode()).as(type).isEqualTo(200);
            assertThat(Loopback.text(r)).as(type).contains("\"listings\":1");
        }
        HttpResponse<byte[]> empty = PAGE.client().post("/api/check?name=empty.csv", new byte[0], "application/octet-stream");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(Loopback.text(empty)).contains("opdl.syntax.empty").contains("\"listings\":0");
    }
}
