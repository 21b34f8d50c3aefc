package org.opdl.schema.json;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Regular expressions for JSON Schema {@code pattern} keywords that cannot run away. The JDK's
 * engine backtracks, so a pattern such as {@code ^(a+)+$} takes exponential time on a crafted
 * string, and alternations recurse once per character until the stack overflows. Each match here
 * gets a deadline, checked as the engine reads characters, and a stack overflow inside the engine
 * becomes the same {@link RegexLimitException} instead of killing the thread.
 */
public final class BoundedRegex implements RegularExpressionFactory {

    private final long budgetNanos;

    /**
     * A factory whose expressions each get {@code budget} to match one value.
     *
     * @param budget the time one match may take
     */
    public BoundedRegex(Duration budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("the time for a regular expression must be positive");
        }
        this.budgetNanos = budget.toNanos();
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return value -> matches(pattern, value);
    }

    private boolean matches(Pattern pattern, String value) {
        try {
            return pattern.matcher(new Deadline(value, System.nanoTime() + budgetNanos, pattern)).find();
        } catch (StackOverflowError e) {
            throw new RegexLimitException(pattern.pattern(), value.length(), "deep backtracking");
        }
    }

    /** The characters of a value, which stop being readable once the deadline has passed. */
    private static final class Deadline implements CharSequence {

        private final String value;
        private final long deadline;
        private final Pattern pattern;
        private int reads;

        Deadline(String value, long deadline, Pattern pattern) {
            this.value = value;
            this.deadline = deadline;
            this.pattern = pattern;
        }

        @Override
        public char charAt(int index) {
            // Reading the clock on every character would double the cost of ordinary matches.
            if ((++reads & 0xFFF) == 0 && System.nanoTime() - deadline > 0) {
                throw new RegexLimitException(pattern.pattern(), value.length(), "time");
            }
            return value.charAt(index);
        }

        @Override
        public int length() {
            return value.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return value.subSequence(start, end);
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
