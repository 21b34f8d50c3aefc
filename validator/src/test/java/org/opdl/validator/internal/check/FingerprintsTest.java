package org.opdl.validator.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    @Test
    void keepsTheFirstValueOfEachKeyAsAMapWould() {
        Fingerprints prints = new Fingerprints();
        Map<Long, Integer> plain = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            long key = Fingerprints.of("listing:nsi/story-editing-" + (i % 20_000));
            Integer expected = plain.putIfAbsent(key, i);
            assertThat(prints.putIfAbsent(key, i)).isEqualTo(expected == null ? -1 : expected);
        }
    }

    @Test
    void aZeroKeyIsAKeyLikeAnyOther() {
        Fingerprints prints = new Fingerprints();
        assertThat(prints.putIfAbsent(0, 7)).isEqualTo(-1);
        assertThat(prints.putIfAbsent(0, 9)).isEqualTo(7);
    }

    @Test
    void anIdTypedTwoWaysHasTwoPrintsUntilItIsComposed() {
        String composed = "listing:bell-fund/fonds-d\u00e9veloppement";
        String decomposed = "listing:bell-fund/fonds-de\u0301veloppement";
        assertThat(Fingerprints.of(composed)).isNotEqualTo(Fingerprints.of(decomposed));
        assertThat(Fingerprints.of(Unicode.nfc(decomposed))).isEqualTo(Fingerprints.of(composed));
    }
}
