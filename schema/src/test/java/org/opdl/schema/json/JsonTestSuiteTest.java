package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;

/**
 * JSONTestSuite's {@code test_parsing} cases through the real JSON and NDJSON readers:
 * {@code y_} accepted, {@code n_} rejected, {@code i_} pinned to the choice recorded in
 * docs/hostile-inputs.md. The readers take listings, not any JSON value, so each document becomes
 * the value of one listing's field ({@code [{"v": …}]}, or {@code {"v": …}} on one NDJSON line),
 * byte for byte, with a leading byte-order mark kept at the front. Every file must end in
 * acceptance or our {@link ReadException}, within a second.
 */
@DisplayName("JSONTestSuite test_parsing through the JSON and NDJSON readers")
class JsonTestSuiteTest {

    /** y_ cases we reject on purpose: a duplicated key is an error (catalogue J9), not last-wins. */
    static final Set<String> REJECTED_ON_PURPOSE = Set.of(
            "y_object_duplicated_key.json", "y_object_duplicated_key_and_value.json");

    /** Our decision for each implementation-defined case: true when accepted. */
    static final Map<String, Boolean> DECIDED = Map.ofEntries(
            // Numbers: syntax is fine and under the 100-character limit; J6/J7 range checks come later.
            Map.entry("i_number_double_huge_neg_exp.json", true),
            // 133 characters: over the number-length limit (catalogue J5).
            Map.entry("i_number_huge_exp.json", false),
            Map.entry("i_number_neg_int_huge_exp.json", true),
            Map.entry("i_number_pos_double_huge_exp.json", true),
            Map.entry("i_number_real_neg_overflow.json", true),
            Map.entry("i_number_real_pos_overflow.json", true),
            Map.entry("i_number_real_underflow.json", true),
            Map.entry("i_number_too_big_neg_int.json", true),
            Map.entry("i_number_too_big_pos_int.json", true),
            Map.entry("i_number_very_big_negative_int.json", true),
            // Escaped lone surrogates: I-JSON (RFC 7493) forbids them; they cannot be written as UTF-8.
            Map.entry("i_object_key_lone_2nd_surrogate.json", false),
            Map.entry("i_string_1st_surrogate_but_2nd_missing.json", false),
            Map.entry("i_string_1st_valid_surrogate_2nd_invalid.json", false),
            Map.entry("i_string_incomplete_surrogate_and_escape_valid.json", false),
            Map.entry("i_string_incomplete_surrogate_pair.json", false),
            Map.entry("i_string_incomplete_surrogates_escape_valid.json", false),
            Map.entry("i_string_invalid_lonely_surrogate.json", false),
            Map.entry("i_string_invalid_surrogate.json", false),
            Map.entry("i_string_inverted_surrogates_U+1D11E.json", false),
            Map.entry("i_string_lone_second_surrogate.json", false),
            // Bytes that are not UTF-8: rejected, never replaced with U+FFFD.
            Map.entry("i_string_UTF-8_invalid_sequence.json", false),
            Map.entry("i_string_UTF8_surrogate_U+D800.json", false),
            Map.entry("i_string_invalid_utf-8.json", false),
            Map.entry("i_string_iso_latin_1.json", false),
            Map.entry("i_string_lone_utf8_continuation_byte.json", false),
            Map.entry("i_string_not_in_unicode_range.json", false),
            Map.entry("i_string_overlong_sequence_2_bytes.json", false),
            Map.entry("i_string_overlong_sequence_6_bytes.json", false),
            Map.entry("i_string_overlong_sequence_6_bytes_null.json", false),
            Map.entry("i_string_truncated-utf-8.json", false),
            // UTF-16 and UTF-32: RFC 8259 §8.1 requires UTF-8 between systems.
            Map.entry("i_string_UTF-16LE_with_BOM.json", false),
            Map.entry("i_string_utf16BE_no_BOM.json", false),
            Map.entry("i_string_utf16LE_no_BOM.json", false),
            // Deeper than our nesting limit of 64.
            Map.entry("i_structure_500_nested_arrays.json", false),
            // A UTF-8 byte order mark is skipped (RFC 8259 allows a parser to ignore it).
            Map.entry("i_structure_UTF-8_BOM_empty_object.json", true));

    @TestFactory
    @DisplayName("test_parsing")
    Stream<DynamicTest> testParsing() throws IOException {
        String root = System.getProperty("opdl.testsuites");
        Path dir = root == null ? null : Path.of(root, "JSONTestSuite/test_parsing");
        if (dir == null || !Files.isDirectory(dir)) {
            System.err.println("SKIPPED: JSONTestSuite not found under opdl.testsuites=" + root);
            assumeTrue(false, "JSONTestSuite not found under opdl.testsuites=" + root);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
        }
    }

    /** Null when the reader accepted the wrapped document; otherwise its error. */
    static String read(String format, byte[] doc, String before, String after) throws IOException {
        boolean bom = doc.length >= 3 && doc[0] == (byte) 0xEF && doc[1] == (byte) 0xBB && doc[2] == (byte) 0xBF;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (bom) {
            b.write(doc, 0, 3);
        }
        b.write(before.getBytes(StandardCharsets.UTF_8));
        b.write(doc, bom ? 3 : 0, doc.length - (bom ? 3 : 0));
        b.write(after.getBytes(StandardCharsets.UTF_8));
        try {
            Formats.named(format).orElseThrow().reader(Limits.DEFAULT)
                    .read("suite." + format, new ByteArrayInputStream(b.toByteArray()), r -> { }, f -> { });
            return null;
        } catch (ReadException e) {
            return e.ruleId() + " " + e.location() + ": " + e.text().en();
        }
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }

    private static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        String outcome = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> read("json", bytes, "[{\"v\":", "}]"));
        boolean accepted = outcome == null;
        if (!contains(bytes, (byte) '\n') && !contains(bytes, (byte) '\r')) {
            String line = assertTimeoutPreemptively(Duration.ofSeconds(1), () -> read("ndjson", bytes, "{\"v\":", "}"));
            assertThat(line == null).as(name + " through NDJSON: " + line).isEqualTo(accepted);
        }
        boolean expected;
        if (name.startsWith("y_")) {
            expected = !REJECTED_ON_PURPOSE.contains(name);
        } else if (name.startsWith("n_")) {
            expected = false;
        } else {
            assertThat(DECIDED).as("a decision for " + name).containsKey(name);
            expected = DECIDED.get(name);
        }
        assertThat(accepted).as(name + (accepted ? " was accepted" : " was rejected: " + outcome)).isEqualTo(expected);
    }
}
