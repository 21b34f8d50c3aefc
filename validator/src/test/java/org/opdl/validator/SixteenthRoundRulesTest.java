package org.opdl.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.validator.report.Occurrence;

/** The fee cells of a coordinator's sheet, sixteenth round: which filled cell needs another, and an amount refused once. */
@DisplayName("Fee cells of a sheet, sixteenth round")
class SixteenthRoundRulesTest {

    private static final String HEAD = "Listing ID,Provider ID,Provider name (en),Provider website,Title (en),Program page,"
            + "Program types,Fee type,Fee amount,Fee currency\r\n";
    private static final String LISTING = "listing:hot-docs/doc-accelerator,provider:hot-docs,Hot Docs,https://hotdocs.ca,"
            + "Doc Accelerator,https://hotdocs.ca/doc-accelerator,lab,";

    private static List<Finding> findings(String sheet) throws IOException {
        try (ValidationRun run = Validator.standard(ValidationOptions.defaults(LocalDate.of(2027, 1, 15))).start()) {
            run.file("listings.csv", Formats.named("csv").orElseThrow().reader(Limits.DEFAULT),
                    new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)));
            return run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding).toList();
        }
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Nested
    @DisplayName("a fee whose type is blank beside its amount and currency (Y55)")
    class TypeBesideAnAmount {

        @Test
        @DisplayName("names the one filled cell of the amount, in words that agree, in both languages")
        void namesTheAmountCell() throws IOException {
            List<Finding> all = findings(HEAD + LISTING + ",75,CAD\r\n");
            assertThat(of(all, "opdl.structure.required")).singleElement().satisfies(f -> {
                assertThat(f.message(Lang.EN)).startsWith("Nothing is given in \"Fee type\" on this row, though \"Fee amount\" is"
                        + " filled, and the two go together");
                assertThat(f.fix().in(Lang.EN)).isEqualTo("Fill in \"Fee type\" on this row, or empty \"Fee amount\" when there is"
                        + " nothing to put in \"Fee type\".");
                assertThat(f.message(Lang.FR)).startsWith("Rien n'est donné dans « Type de frais » sur cette rangée, alors que la"
                        + " colonne « Montant (frais) » est remplie");
                assertThat(f.message(Lang.EN) + f.fix().in(Lang.EN)).doesNotContain("the columns").doesNotContain("Fee currency");
                assertThat(f.fix().in(Lang.FR)).isEqualTo("Remplissez « Type de frais » sur cette rangée, ou videz « Montant (frais) »"
                        + " lorsqu'il n'y a rien à mettre dans « Type de frais ».");
            });
        }
    }

    @Nested
    @DisplayName("a fee amount that cannot be read, beside its type and currency (Y58)")
    class UnreadableFeeAmount {

        @Test
        @DisplayName("is reported once at its cell, as unreadable, with no missing amount beside it")
        void once() throws IOException {
            List<Finding> all = findings(HEAD + LISTING + "application-fee,seventy-five,CAD\r\n");
            assertThat(of(all, "opdl.csv.unreadable")).singleElement()
                    .satisfies(f -> assertThat(f.location().describe(Lang.EN)).contains("Fee amount"));
            assertThat(of(all, "opdl.structure.required")).isEmpty();
        }

        @Test
        @DisplayName("in the second of two fees, leaves the first fee's own missing amount reported")
        void secondFee() throws IOException {
            List<Finding> all = findings(HEAD + LISTING
                    + "application-fee | participation-fee,75 | seventy-five,CAD | CAD\r\n");
            assertThat(of(all, "opdl.csv.unreadable")).hasSize(1);
            assertThat(of(all, "opdl.structure.required")).isEmpty();
        }
    }
}
