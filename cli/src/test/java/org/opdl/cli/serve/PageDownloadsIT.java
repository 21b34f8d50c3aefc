package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(BrowserSession.Extension.class)
@DisplayName("In Chromium, every report and every converted file downloads from the page and reads back")
class PageDownloadsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path BAD_EMAIL = BrowserSession.ROOT.resolve("docs/examples/invalid/bad-email.csv");
    private static final String RULE = "opdl.links.malformed-email";
    private static BrowserSession session;

    @BeforeEach
    void open(BrowserSession s) {
        session = s;
    }

    @AfterAll
    static void onlyTheTool() {
        if (session != null) {
            assertThat(session.foreign()).as("requests that left the tool").isEmpty();
        }
    }

    @Test
    @DisplayName("the HTML, JSON and SARIF reports, in English and French, with safe names")
    void reports() throws Exception {
        for (String lang : List.of("en", "fr")) {
            Page page = session.open(lang, 1280);
            OnPage.Shown shown = OnPage.check(page, BAD_EMAIL);
            assertThat(shown.errors()).isPositive();
            assertThat(page.isHidden("#annotate-item")).as("a CSV file has no annotated copy").isTrue();
            OnPage.Saved html = OnPage.download(page, "[data-report=html]");
            assertThat(html.name()).isEqualTo("bad-email-report.html");
            assertThat(html.text()).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + lang + "\"").contains(RULE)
                    .contains(lang.equals("fr") ? "Correctif" : "Fix:").doesNotContain("<script");
            OnPage.Saved json = OnPage.download(page, "[data-report=json]");
            assertThat(json.name()).isEqualTo("bad-email-report.json");
            JsonNode report = JSON.readTree(json.bytes());
            assertThat(report.at("/summary/error").asInt()).isEqualTo(shown.errors());
            assertThat(report.at("/lang").asString()).isEqualTo(lang);
            OnPage.Saved sarif = OnPage.download(page, "[data-report=sarif]");
            assertThat(sarif.name()).isEqualTo("bad-email-report.sarif");
            JsonNode log = JSON.readTree(sarif.bytes());
            assertThat(log.at("/version").asString()).isEqualTo("2.1.0");
            assertThat(log.at("/runs/0/results/0/ruleId").asString()).startsWith("opdl.");
        }
    }

    @Test
    @DisplayName("the file converted to every format, each read back by the page with the same listings and error; "
            + "the workbook gets its annotated copy, a note in French on the cell of each finding")
    void conversions() throws Exception {
        Page page = session.open("fr", 1280);
        OnPage.Shown original = OnPage.check(page, BAD_EMAIL);
        List<String> formats = ((List<?>) page.evalOnSelectorAll("#convert-to option", "os => os.map(o => o.value)")).stream()
                .map(Object::toString).toList();
        assertThat(formats).contains("json", "ndjson", "csv", "xlsx", "ttl", "nt", "jsonld", "rdfxml");
        List<OnPage.Saved> converted = new ArrayList<>();
        for (String to : formats) {
            page.selectOption("#convert-to", to);
            converted.add(OnPage.download(page, "#convert-form button[type=submit]"));
        }
        for (OnPage.Saved file : converted) {
            assertThat(file.name()).startsWith("bad-email.").matches("[A-Za-z0-9._-]+");
            OnPage.Shown back = OnPage.check(page, file.name(), "application/octet-stream", file.bytes());
            assertThat(back.listings()).as(file.name() + ": " + back.status()).isEqualTo(original.listings());
            assertThat(back.results()).as(file.name()).contains(RULE);
            assertThat(page.isVisible("#annotate")).as(file.name()).isEqualTo(file.name().endsWith(".xlsx"));
            if (file.name().endsWith(".xlsx")) {
                OnPage.Saved annotated = OnPage.download(page, "#annotate");
                assertThat(annotated.name()).isEqualTo("bad-email-checked.xlsx");
                assertThat(notes(annotated.bytes())).as("notes of the annotated copy")
                        .anyMatch(n -> n.contains(RULE) && n.contains("Correction : "));
            }
        }
    }

    private static List<String> notes(byte[] workbook) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        Comment c = cell.getCellComment();
                        if (c != null) {
                            out.add(c.getString().getString());
                        }
                    }
                }
            }
        }
        return out;
    }
}
