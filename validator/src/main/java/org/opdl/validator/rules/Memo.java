package org.opdl.validator.rules;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers worked out once per distinct text and shared between worker threads: addresses, dates
 * and durations repeat across a provider's listings. A memo holds at most {@value #LIMIT} answers
 * and no text longer than its bound, so hostile input cannot fill memory; a longer text is not
 * even hashed, since it could never be found.
 *
 * @param <V> the answer
 */
final class Memo<V> {

    /** The most answers a memo keeps. */
    static final int LIMIT = 4096;

    private final Map<String, V> known = new ConcurrentHashMap<>();
    private final int maxLength;
    private final Function<String, V> compute;

    /**
     * @param maxLength the longest text whose answer is kept
     * @param compute how to work an answer out; it must not return null
     */
    Memo(int maxLength, Function<String, V> compute) {
        this.maxLength = maxLength;
        this.compute = compute;
    }

    /** The answer for {@code text}, remembered or worked out. */
    V get(String text) {
        if (text.length() > maxLength) {
            return compute.apply(text);
        }
        V answer = known.get(text);
        if (answer == null) {
            answer = compute.apply(text);
            if (known.size() < LIMIT) {
                known.put(text, answer);
            }
        }
        return answer;
    }
}
