package org.opdl.validator.internal.memo;

import java.util.function.Function;

/**
 * Answers worked out once per distinct text and shared between worker threads: addresses, dates
 * and durations repeat across a provider's listings. A memo is a fixed table of {@value #LIMIT}
 * slots, each holding the last text hashed there and its answer, so it never grows and hostile
 * input cannot fill memory; two texts that share a slot only cost each other a recomputation. A
 * text longer than the memo's bound is not even hashed, since it could never be kept.
 *
 * <p>Threads share the table without locks: a slot holds an immutable entry, whose final fields a
 * reader sees complete, and a lost write only means an answer is worked out again. This costs a
 * hash and one array read, where a concurrent map cost several calls under the quick JIT.
 *
 * @param <V> the answer
 */
public final class Memo<V> {

    /** The number of slots, a power of two. */
    public static final int LIMIT = 4096;

    private record Entry<V>(String text, V answer) {
    }

    private final Entry<?>[] slots = new Entry<?>[LIMIT];
    private final int maxLength;
    private final Function<String, V> compute;

    /**
     * @param maxLength the longest text whose answer is kept
     * @param compute how to work an answer out; it must not return null
     */
    public Memo(int maxLength, Function<String, V> compute) {
        this.maxLength = maxLength;
        this.compute = compute;
    }

    /** The answer for {@code text}, remembered or worked out. */
    @SuppressWarnings("unchecked")
    public V get(String text) {
        if (text.length() > maxLength) {
            return compute.apply(text);
        }
        int h = text.hashCode();
        int slot = (h ^ h >>> 16) & LIMIT - 1;
        Entry<V> e = (Entry<V>) slots[slot];
        if (e != null && e.text().equals(text)) {
            return e.answer();
        }
        V answer = compute.apply(text);
        slots[slot] = new Entry<>(text, answer);
        return answer;
    }
}
