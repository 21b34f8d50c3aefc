package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.cli.Main;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(BrowserSession.Extension.class)
@DisplayName("In Chromium, every example dropped on the page shows its findings in English and French")
class PageExamplesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static BrowserSession session;
    private static Page english;
    private static Page french;

    @BeforeEach
    void open(BrowserSession s) {
        if (session == null) {
            session = s;
            english = s.open("en", 1280);
            french = s.open("fr", 1280);
        }
    }

    @AfterAll
    static void onlyTheTool() {
        if (session != null) {
            assertThat(session.foreign()).as("requests that left the tool").isEmpty();
        }
    }

    static List<Path> valid() throws IOException {
        return files(BrowserSession.ROOT.resolve("docs/examples"));
    }

    static List<Path> invalid() throws IOException {
        return files(BrowserSession.ROOT.resolve("docs/examples/invalid"));
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    @DisplayName("a valid example: no error, its listings counted, in both languages")
    void validExample(Path file) {
        for (Page page : List.of(english, french)) {
            OnPage.Shown shown = OnPage.check(page, file);
            assertThat(shown.errors()).as(shown.status() + "\n" + shown.results()).isZero();
            assertThat(shown.listings()).as(shown.status()).isPositive();
            assertThat(page.isVisible("#downloads")).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    @DisplayName("an invalid example: the errors the command line finds, each rule named with its place and fix")
    void invalidExample(Path file) {
        Expected expected = expected(file);
        OnPage.Shown en = OnPage.check(english, file);
        assertThat(en.errors()).as(en.status()).isEqualTo(expected.errors()).isPositive();
        assertThat(en.results()).contains(file.getFileName().toString()).contains("Fix:").contains(expected.rules());
        OnPage.Shown fr = OnPage.check(french, file);
        assertThat(fr.errors()).as(fr.status()).isEqualTo(expected.errors());
        assertThat(fr.status()).contains("vérifié");
        assertThat(fr.results()).contains("Correctif").contains(expected.rules());
    }

    /** The errors and the rules that {@code opdl validate --format json} reports for the same file. */
    private record Expected(int errors, List<String> rules) {
    }

    private static Expected expected(Path file) {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "validate", "--format", "json",
                file.toString());
        JsonNode report = JSON.readTree(out.toString());
        List<String> rules = new ArrayList<>();
        for (JsonNode r : report.path("rules")) {
            rules.add(r.path("id").asString());
        }
        return new Expected(report.at("/summary/error").asInt(), rules);
    }
}
