package org.opdl.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceRecord;
import org.opdl.validator.report.Occurrence;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A cell the spreadsheet reader could not read and left out")
class UnreadableCellOnceTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 2, 1);
    private static final String AMOUNT = "/fees/0/amount/amount";

    /** The application fee's amount written as two amounts, which the reader refuses, leaving the currency alone. */
    private static SourceRecord rowWithUnreadableFee() throws IOException {
        ObjectNode listing;
        try (InputStream in = UnreadableCellOnceTest.class.getResourceAsStream("/org/opdl/validator/conformance/base-listing.json")) {
            listing = (ObjectNode) JsonMapper.builder().build().readTree(in);
        }
        ((ObjectNode) listing.at("/fees/0/amount")).remove("amount");
        Location cell = new Location.Csv("programs.csv", 0, AMOUNT, 2, "Application fee amount", "Q");
        Finding unreadable = new Finding(ReaderRule.CSV_UNREADABLE.id(), ReaderRule.CSV_UNREADABLE.severity(), cell,
                new Text("\"$25 (early) / $40 (late)\" is not one amount", "« 25 $ (tôt) / 40 $ (tard) » n'est pas un montant"),
                new Text("write one amount", "écrivez un seul montant"));
        return new SourceRecord(0, listing, pointer -> new Location.Csv("programs.csv", 0, pointer, 2, "", ""),
                List.of(unreadable));
    }

    private static List<String> findings(ValidationOptions options) throws IOException {
        try (ValidationRun run = Validator.standard(options).start()) {
            run.records("programs.csv", List.of(rowWithUnreadableFee()));
            return run.finish().groups().stream().flatMap(g -> g.shown().stream()).map(Occurrence::finding)
                    .map(f -> f.ruleId() + " " + f.location().pointer()).toList();
        }
    }

    @Test
    @DisplayName("is reported once, as unreadable, with no missing-field error at the same cell")
    void reportedOnce() throws IOException {
        assertThat(findings(ValidationOptions.defaults(AS_OF)))
                .contains("opdl.csv.unreadable " + AMOUNT)
                .doesNotContain("opdl.structure.required " + AMOUNT);
    }

    @Test
    @DisplayName("is still reported as missing when the unreadable-cell rule is turned off, so nothing goes unsaid")
    void missingWhenTheReaderRuleIsOff() throws IOException {
        assertThat(findings(ValidationOptions.defaults(AS_OF).withRule(ReaderRule.CSV_UNREADABLE.id(), null)))
                .doesNotContain("opdl.csv.unreadable " + AMOUNT)
                .contains("opdl.structure.required " + AMOUNT);
    }
}
