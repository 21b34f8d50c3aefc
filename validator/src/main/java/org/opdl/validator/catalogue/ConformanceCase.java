package org.opdl.validator.catalogue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opdl.schema.format.Limits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One conformance case of a rule: the listings to check and every finding expected, as compact
 * projections such as {@code ERROR opdl.dates.order /intakes/0/endDate}.
 *
 * @param rule the rule the case belongs to
 * @param name the case's name, starting with {@code pass-} or {@code fail-}
 * @param formats the input formats that can express the case ({@code json}, {@code csv}, {@code ttl})
 * @param asOf the date the case is checked as of
 * @param expect every finding expected, in order
 * @param changes what the case changes in the base listing (a JSON Merge Patch, or a list of them)
 * @param listings the listings to check, the base with the changes applied; empty for a raw case
 * @param raw the file's text, for cases that cannot be written as listings (syntax errors, reader
 *     notes); it is written in the case's first format and read by that format's reader
 * @param charset the encoding the raw text is saved in before it is read
 * @param limits the limits the raw text is read under
 * @param pad how many characters {@code x} follow the raw text when it is read, so that a limit on
 *     size can be shown without writing them out
 */
public record ConformanceCase(
        String rule, String name, List<String> formats, LocalDate asOf, List<String> expect, JsonNode changes,
        List<ObjectNode> listings, Optional<String> raw, Charset charset, Limits limits, int pad) {

    /** Copies the lists and checks the name. */
    public ConformanceCase {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(name, "name");
        formats = List.copyOf(formats);
        expect = List.copyOf(expect);
        listings = List.copyOf(listings);
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(limits, "limits");
        if (pad < 0) {
            throw new IllegalArgumentException(rule + ": pad must not be negative");
        }
        if (!name.startsWith("pass-") && !name.startsWith("fail-")) {
            throw new IllegalArgumentException(rule + ": case names start with pass- or fail-: " + name);
        }
    }

    /** True for a case in which the rule must not report anything. */
    public boolean passing() {
        return name.startsWith("pass-");
    }
}
