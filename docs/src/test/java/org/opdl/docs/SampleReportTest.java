package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.Limits;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.landscape.Landscape;
import org.opdl.validator.landscape.LandscapeReport;
import org.opdl.validator.landscape.LandscapeTally;
import org.opdl.validator.rule.Standard;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The landscape report of the sample dataset in {@code docs/report/}: each committed form is what
 * {@code opdl report} makes from {@code docs/data/programs-0.2.json} ({@code -Dopdl.regenerate=true}
 * rewrites them), and every number of the HTML pages equals the figure of the JSON it points to.
 */
@DisplayName("The sample dataset's landscape report")
class SampleReportTest {

    /** The date the sample is reported as of, that of the dataset, so that the report does not change with the day it is run. */
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 5);

    private static final Pattern FIGURE = Pattern.compile("data-figure=\"([^\"]+)\">([0-9][0-9,\u202f]*)<");

    private static Landscape landscape;

    @BeforeAll
    static void tally() throws IOException {
        LandscapeTally tally = new LandscapeTally(Standard.standard());
        try (ValidationRun run = Validator.standard(ValidationOptions.defaults(AS_OF)).start().observe(tally)) {
            run.file("programs-0.2.json", SampleDataset.format("json").reader(Limits.DEFAULT),
                    new ByteArrayInputStream(Files.readAllBytes(SampleDataset.output("json"))));
            run.finish();
        }
        landscape = tally.landscape();
    }

    static Path folder() {
        return DocFiles.root().resolve("docs/report");
    }

    @TestFactory
    @DisplayName("each committed form is what opdl report makes (-Dopdl.regenerate=true rewrites it)")
    Stream<DynamicTest> forms() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(form("landscape.json", LandscapeReport.Form.JSON, Lang.EN));
        for (Lang lang : Lang.values()) {
            tests.add(form("landscape." + lang.tag() + ".html", LandscapeReport.Form.HTML, lang));
            tests.add(form("landscape." + lang.tag() + ".md", LandscapeReport.Form.MD, lang));
        }
        return tests.stream();
    }

    private static DynamicTest form(String name, LandscapeReport.Form form, Lang lang) {
        return DynamicTest.dynamicTest(name, () -> {
            Path file = folder().resolve(name);
            String made = LandscapeReport.render(landscape, form, lang);
            if (Boolean.getBoolean("opdl.regenerate")) {
                Files.createDirectories(folder());
                Files.writeString(file, made, StandardCharsets.UTF_8);
            }
            assertThat(file).as("%s is missing; run the test with -Dopdl.regenerate=true", file).exists();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s differs from what opdl report makes; run the test with -Dopdl.regenerate=true", file)
                    .isEqualTo(made);
        });
    }

    @Test
    @DisplayName("every number of the committed HTML pages equals the figure of the committed JSON")
    void htmlEqualsJson() throws IOException {
        JsonNode json = JsonMapper.builder().build().readTree(folder().resolve("landscape.json").toFile());
        for (Lang lang : Lang.values()) {
            String html = Files.readString(folder().resolve("landscape." + lang.tag() + ".html"));
            Matcher m = FIGURE.matcher(html);
            int seen = 0;
            while (m.find()) {
                seen++;
                assertThat(json.at(m.group(1)).asLong()).as("%s in the %s page", m.group(1), lang.tag())
                        .isEqualTo(Long.parseLong(m.group(2).replaceAll("[^0-9]", "")));
            }
            assertThat(seen).as("figures in the %s page", lang.tag()).isGreaterThan(100);
        }
    }

    @Test
    @DisplayName("states the shares it finds beside the industry report's")
    void comparison() throws IOException {
        String md = Files.readString(folder().resolve("landscape.en.md"));
        assertThat(md).contains("over 50%").contains("| Mentorships and internships |").contains("over 200");
        assertThat(Files.readString(folder().resolve("landscape.fr.md"))).contains("plus de 50 %");
    }
}
