package org.opdl.schema.json;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.jcodings.specific.UTF8Encoding;
import org.joni.Matcher;
import org.joni.Option;
import org.joni.Regex;
import org.joni.Syntax;
import org.joni.exception.JOniException;

/**
 * Regular expressions for JSON Schema {@code pattern} keywords, matched as ECMA-262 (with the
 * {@code u} flag) matches them, as the JSON Schema specification requires, and unable to run away.
 * Java's own engine differs from ECMA-262 in ways that change verdicts ({@code $} matches before a
 * final line break, {@code \s} misses U+3000), so patterns run on Joni, with the differences Joni
 * still has rewritten by {@link EcmaSyntax}. Joni keeps its backtracking stack on the heap, so no
 * pattern overflows the thread's stack, and each match gets a deadline, past which it becomes a
 * {@link RegexLimitException} rather than the exponential time of a pattern such as
 * {@code ^(a+)+$} on a crafted string.
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
        byte[] source = EcmaSyntax.toOniguruma(regex).getBytes(StandardCharsets.UTF_8);
        Regex compiled;
        try {
            compiled = new Regex(source, 0, source.length, Option.NONE, UTF8Encoding.INSTANCE, Syntax.ECMAScript);
        } catch (JOniException e) {
            throw new IllegalArgumentException("the pattern " + regex + " is not a valid regular expression: "
                    + e.getMessage(), e);
        }
        return value -> matches(compiled, regex, value);
    }

    private boolean matches(Regex compiled, String regex, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        int at = compiled.matcherNoRegion(bytes, 0, bytes.length, budgetNanos).search(0, bytes.length, Option.NONE);
        if (at == Matcher.INTERRUPTED) {
            throw new RegexLimitException(regex, value.length(), "time");
        }
        return at >= 0;
    }
}
