package org.opdl.validator.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opdl.model.finding.Finding;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.ListingCorpus;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ParallelSink;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.json.NdjsonListingReader;

@DisplayName("Listings judged on the reading threads give the answer of the plain match")
class ParallelMatchTest {

    private static byte[] ndjson(int count) {
        ListingCorpus corpus = new ListingCorpus(11);
        StringBuilder s = new StringBuilder(ListingCorpus.datasetFields().toString()).append('\n');
        for (long n = 0; n < count; n++) {
            s.append(corpus.next(n)).append('\n');
        }
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} works, {1} credits, {2} years in {3}, closed {4}, every verdict {5}")
    @CsvSource({"0, 0, 0, CA-QC, true, false", "2, 1, 3, CA-ON, false, false", "5, 4, 8, CA-BC, true, true"})
    @DisplayName("the same answer, reasons, ranks and counts, in both languages, on 4,000 varied listings")
    void same(int works, int credits, int years, String region, boolean closed, boolean all) throws IOException {
        Profile p = new Profile(works, credits, years, region, Optional.empty(), List.of("fr", "en"), List.of("women"),
                Optional.of(new BigDecimal("800")), OptionalInt.of(34), LocalDate.parse("2026-03-01"));
        byte[] file = ndjson(4_000);
        Matcher plain = new Matcher(p, closed, all);
        new NdjsonListingReader(Limits.DEFAULT).keeping(MatchFields.NAMES).read("programs.ndjson", new ByteArrayInputStream(file),
                DatasetSink.of(r -> plain.accept(r.listing()), f -> { }));
        Matcher parallel = new Matcher(p, closed, all);
        new NdjsonListingReader(Limits.DEFAULT).keeping(MatchFields.NAMES).read("programs.ndjson", new ByteArrayInputStream(file),
                new ParallelSink<Matcher.Judgement>() {
                    @Override
                    public Matcher.Judgement prepare(SourceRecord r) {
                        return parallel.judge(r.listing());
                    }

                    @Override
                    public void record(SourceRecord r, Matcher.Judgement j) {
                        parallel.keep(j);
                    }

                    @Override
                    public void note(Finding f) {
                        // Notes on the file do not change a match.
                    }
                });
        assertThat(parallel.matches().read()).isEqualTo(4_000);
        assertThat(plain.matches().fits().size() + plain.matches().nearMisses().size()).isPositive();
        for (Lang l : Lang.values()) {
            assertThat(MatchJson.write(parallel.matches(), l)).isEqualTo(MatchJson.write(plain.matches(), l));
            assertThat(MatchText.write(parallel.matches(), l)).isEqualTo(MatchText.write(plain.matches(), l));
        }
    }
}
