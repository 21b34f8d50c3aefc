package org.opdl.schema.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;

@DisplayName("K29: the JSON-LD time limit grows with the file, so a large honest file is not stopped as a crafted one is")
class JsonLdTimeTest {

    private static final long SHARE = Limits.JSON_LD_TIME_BYTES;

    @Nested
    @DisplayName("the deadline of a file")
    class Deadline {

        @Test
        @DisplayName("a file of up to 4 MiB has the limit itself, as before")
        void smallFile() {
            assertThat(Limits.DEFAULT.jsonLdTimeFor(0)).isEqualTo(Duration.ofSeconds(60));
            assertThat(Limits.DEFAULT.jsonLdTimeFor(2_000)).isEqualTo(Duration.ofSeconds(60));
            assertThat(Limits.DEFAULT.jsonLdTimeFor(SHARE)).isEqualTo(Duration.ofSeconds(60));
        }

        @Test
        @DisplayName("each 4 MiB begun adds the limit once more: 10,000 generated listings, 21 MB of JSON-LD, have five minutes")
        void largeFile() {
            assertThat(Limits.DEFAULT.jsonLdTimeFor(SHARE + 1)).isEqualTo(Duration.ofSeconds(120));
            assertThat(Limits.DEFAULT.jsonLdTimeFor(20_913_855)).isEqualTo(Duration.ofMinutes(5));
            assertThat(Limits.DEFAULT.withJsonLdTime(Duration.ofMillis(50)).jsonLdTimeFor(3 * SHARE))
                    .isEqualTo(Duration.ofMillis(150));
        }

        @Test
        @DisplayName("a limit raised as far as the option goes, on the largest file, stays a deadline a clock can count")
        void noOverflow() {
            Duration d = Limits.DEFAULT.withJsonLdTime(Duration.ofMillis(Long.MAX_VALUE)).jsonLdTimeFor(Long.MAX_VALUE);
            assertThat(d).isPositive();
            assertThat(System.nanoTime() + d.toNanos()).isGreaterThan(0L);
        }
    }

    @Nested
    @DisplayName("a crafted file stopped at its deadline")
    class Crafted {

        @Test
        @DisplayName("a small one is told the limit as before")
        void small() {
            ReadException e = ReaderLimitsTest.refused("jsonld", quick(), ScopedContexts.explosion(300, 300));
            assertThat(e.ruleId()).isEqualTo("opdl.limit.time");
            assertThat(e.text().en()).endsWith("took longer than 50 ms");
        }

        @Test
        @DisplayName("one padded past 8 MiB with blanks is given three times the limit, and the message says why, in both languages")
        void padded() {
            String crafted = ScopedContexts.explosion(300, 300);
            String padded = crafted.substring(0, crafted.length() - 1) + " ".repeat((int) (2 * SHARE)) + "}";
            ReadException e = ReaderLimitsTest.refused("jsonld", quick(), padded);
            assertThat(e.ruleId()).isEqualTo("opdl.limit.time");
            assertThat(e.text().en()).contains("took longer than 150 ms, the time given to a file of its size (50 ms for each 4 MB");
            assertThat(e.text().fr()).contains("a pris plus de 150 ms, le temps accordé à un fichier de cette taille (50 ms par tranche de 4 Mo");
            assertThat(e.fix().en()).contains("--jsonld-time");
        }

        private Limits quick() {
            return Limits.DEFAULT.withJsonLdTime(Duration.ofMillis(50));
        }
    }
}
