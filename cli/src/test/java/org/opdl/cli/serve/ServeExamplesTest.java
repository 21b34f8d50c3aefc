package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("opdl serve checks, reports and converts every example")
class ServeExamplesTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final ServedPage PAGE = ServedPage.of(4);

    static List<Path> valid() throws IOException {
        return files(ROOT.resolve("docs/examples"));
    }

    static List<Path> invalid() throws IOException {
        return files(ROOT.resolve("docs/examples/invalid"));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static JsonNode check(Path file, String lang) throws Exception {
        HttpResponse<byte[]> r = PAGE.client().post("/api/check?lang=" + lang + "&name=" + file.getFileName(), file);
        assertThat(r.statusCode()).as(file.toString()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    @DisplayName("a valid example has no error")
    void validExample(Path file) throws Exception {
        JsonNode r = check(file, "en");
        assertThat(r.at("/counts/error").asLong()).as(r.at("/html").asString()).isZero();
        assertThat(r.at("/listings").asLong()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    @DisplayName("an invalid example has an error, named with its place and fix in English and French")
    void invalidExample(Path file) throws Exception {
        JsonNode en = check(file, "en");
        assertThat(en.at("/counts/error").asLong()).isPositive();
        assertThat(en.at("/html").asString()).contains(file.getFileName().toString()).contains("Fix: ");
        JsonNode fr = check(file, "fr");
        assertThat(fr.at("/html").asString()).contains("Correctif : ").contains("Résumé");
    }

    @Test
    @DisplayName("the reports download as HTML, JSON and SARIF, the file converts to every format, and only a workbook is annotated")
    void downloads() throws Exception {
        Path file = ROOT.resolve("docs/examples/invalid/bad-email.csv");
        HttpResponse<byte[]> html = PAGE.client().post("/api/report?format=html&lang=fr&name=bad-email.csv", file);
        assertThat(html.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"bad-email-report.html\"");
        assertThat(Loopback.text(html)).startsWith("<!DOCTYPE html>").contains("opdl.links.malformed-email");
        HttpResponse<byte[]> json = PAGE.client().post("/api/report?format=json&name=bad-email.csv", file);
        assertThat(JSON.readTree(json.body()).at("/summary/error").asLong()).isPositive();
        HttpResponse<byte[]> sarif = PAGE.client().post("/api/report?format=sarif&name=bad-email.csv", file);
        assertThat(JSON.readTree(sarif.body()).at("/version").asString()).isEqualTo("2.1.0");
        for (String to : List.of("json", "ndjson", "csv", "xlsx", "ttl", "nt", "jsonld", "rdfxml")) {
            HttpResponse<byte[]> c = PAGE.client().post("/api/convert?to=" + to + "&name=bad-email.csv", file);
            assertThat(c.statusCode()).as(to).isEqualTo(200);
            assertThat(c.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"bad-email.");
            assertThat(c.body()).as(to).isNotEmpty();
        }
        assertThat(PAGE.client().post("/api/convert?to=docx&name=bad-email.csv", file).statusCode()).isEqualTo(400);
        HttpResponse<byte[]> annotate = PAGE.client().post("/api/annotate?name=bad-email.csv&lang=fr", file);
        assertThat(annotate.statusCode()).as("only a workbook is annotated").isEqualTo(400);
        assertThat(Loopback.text(annotate)).contains("annotate.not.workbook").contains("Seul un classeur Excel");
        assertThat(PAGE.server().filesHeld()).as("uploads and conversions are deleted once answered").isZero();
    }

    @Test
    @DisplayName("the page offers the scale, the classifier and the lookup in both languages")
    void tools() throws Exception {
        assertThat(PAGE.client().get("/").body()).contains("<html lang=\"en\">").contains("Check a file").contains("emerging");
        assertThat(PAGE.client().get("/?lang=fr").body()).contains("<html lang=\"fr\">").contains("Vérifier un fichier");
        assertThat(JSON.readTree(PAGE.client().get("/api/classify?completedWorks=2&credits=1&years=3").body()).at("/text").asString())
                .contains("Stage:");
        assertThat(JSON.readTree(PAGE.client().get("/api/classify?completedWorks=1&credits=x&years=3&lang=fr").body()).at("/ok")
                .asBoolean()).isFalse();
        assertThat(JSON.readTree(PAGE.client().get("/api/vocab?lookup=emerging").body()).at("/text").asString()).contains("emerging");
    }

    @Test
    @DisplayName("the status line takes the singular at 0 and 1 in French, at 1 only in English")
    void statusLinePlurals() throws Exception {
        Path bad = ROOT.resolve("docs/examples/invalid/bad-email.csv");
        assertThat(check(bad, "fr").at("/summary").asString()).startsWith("1 erreur, ").endsWith(", dans 1 fiche");
        assertThat(check(bad, "en").at("/summary").asString()).startsWith("1 error, ").endsWith(", in 1 listing");
        Path dataset = ROOT.resolve("docs/examples/dataset.csv");
        assertThat(check(dataset, "fr").at("/summary").asString()).startsWith("0 erreur, ").endsWith(" fiches");
        assertThat(check(dataset, "en").at("/summary").asString()).startsWith("0 errors, ").endsWith(" listings");
    }

    @Test
    @DisplayName("the status line groups the counts of a large file as each language groups them")
    void statusLineGrouped() {
        assertThat(PageWords.counts(org.opdl.model.text.Lang.EN, 0, 4999, 8001, 5000))
                .isEqualTo("0 errors, 4,999 warnings, 8,001 info, in 5,000 listings");
        assertThat(PageWords.counts(org.opdl.model.text.Lang.FR, 0, 4999, 8001, 5000))
                .isEqualTo("0 erreur, 4\u202f999 avertissements, 8\u202f001 informations, dans 5\u202f000 fiches");
    }

    @Test
    @DisplayName("every word of the page exists in English and French")
    void bilingual() {
        assertThat(PageWords.keys(org.opdl.model.text.Lang.FR)).isEqualTo(PageWords.keys(org.opdl.model.text.Lang.EN));
    }
}
