package org.opdl.model.text;

/**
 * A count given to a message: {@link Bundle#format} writes it with its digits grouped as the
 * message's language groups them ("50,000", "50 000") and lets it choose the singular or plural
 * form of {@code {n|one|many}}, as a plain number does.
 *
 * @param value how many
 */
public record Count(long value) {
}
