package org.opdl.validator.rule;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.opdl.validator.internal.memo.Memo;

/**
 * An answer a rule works out from a text that repeats across a file (a duration, an address), and
 * remembers for the rest of the run through {@link Listing#recall}. The memo names only how to work
 * an answer out; the answers live in the run's {@link Tables}, never in the rule, so that rules
 * keep no state of their own. A rule declares its memo once, as a constant.
 *
 * @param <V> the answer
 */
public final class RunMemo<V> {

    private final int maxLength;
    private final Function<String, V> compute;

    /**
     * Declares a memo.
     *
     * @param maxLength the longest text whose answer is kept; longer texts are worked out each time
     * @param compute how to work an answer out; it must be pure and must not return null
     */
    public RunMemo(int maxLength, Function<String, V> compute) {
        this.maxLength = maxLength;
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    /**
     * The answers of one run, one bounded table per memo. The worker threads of the run share it
     * without locks beyond the first use of each memo.
     */
    public static final class Tables {

        private final ConcurrentHashMap<RunMemo<?>, Memo<?>> tables = new ConcurrentHashMap<>();

        /** Empty tables, for one run. */
        public Tables() {
        }

        @SuppressWarnings("unchecked")
        <V> V get(RunMemo<V> memo, String text) {
            Memo<V> table = (Memo<V>) tables.get(memo);
            if (table == null) {
                table = (Memo<V>) tables.computeIfAbsent(memo, m -> new Memo<>(memo.maxLength, memo.compute));
            }
            return table.get(text);
        }
    }
}
