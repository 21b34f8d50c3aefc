package org.opdl.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.cli.Round3.Case;
import org.opdl.cli.exit.ExitCode;
import org.opdl.schema.testing.NoNetwork;

/**
 * Third hostile round, inputs: encodings, JSON shapes and numbers, NDJSON lines and spreadsheets
 * saved by Excel in French, each through {@code opdl validate} in this JVM.
 */
@ExtendWith(NoNetwork.class)
@DisplayName("Third hostile round: encodings, JSON, NDJSON and CSV through opdl validate")
class Round3InputsTest {

    @TempDir
    static Path dir;
    static Round3 r;

    @BeforeAll
    static void fixtures() throws IOException {
        r = Round3.in(dir);
    }

    private static final int OK = ExitCode.OK;
    private static final int FINDINGS = ExitCode.FINDINGS;

    private static byte[] utf16(String s, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        }
        out.writeBytes(s.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    private static byte[] withBytes(String text, String marker, byte... bytes) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        byte[] m = marker.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < b.length; i++) {
            if (i + m.length <= b.length && java.util.Arrays.equals(b, i, i + m.length, m, 0, m.length)) {
                out.writeBytes(bytes);
                i += m.length - 1;
            } else {
                out.write(b[i]);
            }
        }
        return out.toByteArray();
    }

    private static String json(String from, String to) {
        return r.changed("json", t -> t.replace(from, to));
    }

    private static String nd(String more) {
        return r.text("ndjson").strip() + "\n" + more;
    }

    private static String frenchExcel(boolean sepLine) {
        // Excel in French: semicolons, a decimal comma, a byte-order mark, and sometimes a sep=; line.
        String csv = r.text("csv").replace("\"\",", "\"\";").replace(",", ";").replace(";25.00;", ";25,00;");
        return (sepLine ? "\uFEFFsep=;\r\n" + csv.substring(1) : csv);
    }

    static Stream<Case> cases() {
        return Stream.of(
            // Encodings
            new Case("E1", "utf16-bom.json", x -> utf16(x.text("json"), true), FINDINGS, "UTF-16 ou UTF-32",
                    "opdl.syntax.encoding", "saved as UTF-16 or UTF-32", "line 1, column 1"),
            new Case("E2", "utf16.json", x -> utf16(x.text("json"), false), FINDINGS, null, "opdl.syntax.encoding", "UTF-16"),
            new Case("E3", "utf16.ndjson", x -> utf16(x.text("ndjson"), true), FINDINGS, null, "opdl.syntax.encoding"),
            new Case("E4", "utf16.csv", x -> utf16(x.text("csv").substring(1), true), OK, "Texte Unicode",
                    "opdl.csv.encoding", "UTF-16", "\"Unicode Text\""),
            new Case("E5", "utf16.ttl", x -> utf16(x.text("ttl"), true), FINDINGS, null, "opdl.syntax.encoding", "line 1"),
            new Case("E6", "overlong.json", x -> withBytes(x.text("json"), "Producers Lab", (byte) 0xC0, (byte) 0xAF),
                    FINDINGS, null, "opdl.syntax.encoding", "0xc0"),
            new Case("E7", "overlong.csv", x -> withBytes(x.text("csv"), "Producers Lab", (byte) 0xC0, (byte) 0xAF),
                    OK, "0xC0", "opdl.csv.encoding", "row 2, column \"Title (en)\"", "0xC0"),
            new Case("E8", "escaped-nul.json", x -> json("Producers Lab", "Producers\\u0000Lab"), OK, null,
                    "opdl.text.control-characters", "U+0000", "/title/en"),
            new Case("E9", "raw-nul.json", x -> withBytes(x.text("json"), "Producers Lab", (byte) 'P', (byte) 0, (byte) 'L'),
                    FINDINGS, null, "opdl.syntax.json", "CTRL-CHAR, code 0"),
            new Case("E10", "nul.csv", x -> withBytes(x.text("csv"), "Producers Lab", (byte) 'P', (byte) 0, (byte) 'L'),
                    FINDINGS, "NUL", "opdl.syntax.csv", "row 2, column \"Title (en)\"", "NUL"),
            new Case("E11", "escaped-nul.ttl", x -> x.changed("ttl", t -> t.replace("Producers Lab", "Producers\\u0000Lab")),
                    OK, null, "opdl.text.control-characters", "U+0000", "ns#title"),
            new Case("E12", "surrogate.nt", x -> x.changed("nt", t -> t.replace("Producers Lab", "Producers\\uD800Lab")),
                    FINDINGS, null, "opdl.syntax.rdf", "surrogate", "line "),
            new Case("E13", "surrogate.jsonld", x -> x.changed("jsonld", t -> t.replace("Producers Lab", "Producers\\ud800Lab")),
                    FINDINGS, "demi-caractère de substitution isolé (\\uD800)", "opdl.syntax.json",
                    "a lone surrogate (\\uD800), half of a character pair"),
            new Case("E14", "escapes.nt", x -> x.changed("nt", t -> t.replace("Producers Lab", "Producers \\u00C9\\U0001F3AC Lab")),
                    OK, null, "0 errors, 0 warnings, 0 info in 1 listing"),
            new Case("E15", "nfd-label.csv", x -> x.changed("csv", t -> t.replace("emerging | early-career",
                    Normalizer.normalize("émergent", Normalizer.Form.NFD) + " | early-career")), OK, null,
                    "opdl.csv.label-normalised", "as emerging"),
            new Case("E16", "nfd-id.json", x -> json("listing:nsi/producers-lab",
                    Normalizer.normalize("listing:nsi/producteurs-émergents", Normalizer.Form.NFD)), FINDINGS, null,
                    "opdl.structure.format", "opdl.text.not-nfc", "U+0065 U+0301"),
            new Case("E17", "excel-fr-sep.csv", x -> frenchExcel(true), OK, "« 25,00 »",
                    "opdl.csv.delimiter", "opdl.csv.number-normalised", "\"25,00\" as 25.00", "in 1 listing"),
            new Case("E18", "excel-fr.csv", x -> frenchExcel(false), OK, null, "opdl.csv.delimiter", "in 1 listing"),
            // JSON shapes and numbers
            new Case("J28", "dup.ndjson", x -> x.changed("ndjson", t -> t.replaceFirst("\"title\":", "\"title\":{\"en\":\"X\"},\"title\":")),
                    FINDINGS, "deux fois", "opdl.syntax.json", "written twice", "\"title\""),
            new Case("J29", "proto.json", x -> json("\"title\":", "\"__proto__\":{\"admin\":true},\"title\":"), FINDINGS, null,
                    "opdl.structure.unknown-property", "`__proto__`"),
            new Case("J30", "proto-lang.json", x -> json("\"en\":\"Producers Lab\"", "\"en\":\"Producers Lab\",\"__proto__\":\"Lab\""),
                    FINDINGS, "a la clé « __proto__ »", "opdl.structure.invalid", "has the key `__proto__`", "not a language tag"),
            new Case("J31", "minus-zero.json", x -> json("\"places\":8", "\"places\":-0"), FINDINGS, null,
                    "opdl.structure.range", "/intakes/0/places", "0 is below"),
            new Case("J32", "whole-as-decimal.json", x -> json("\"places\":8", "\"places\":8.0"), OK, null, "0 errors"),
            new Case("J33", "fraction.json", x -> json("\"places\":8", "\"places\":8.5"), FINDINGS, null,
                    "opdl.structure.type", "whole number"),
            new Case("J34", "leading-zero.json", x -> json("\"places\":8", "\"places\":08"), FINDINGS, null,
                    "opdl.syntax.json", "Leading zeroes"),
            new Case("J35", "two-pow-31.json", x -> json("\"places\":8", "\"places\":2147483648"), OK, null, "0 errors"),
            new Case("J36", "two-pow-63.json", x -> json("\"places\":8", "\"places\":9223372036854775808"), OK, null, "0 errors"),
            new Case("J37", "thirty-decimals.json", x -> json("\"25.00\"", "\"25.000000000000000000000000000001\""), OK, null, "0 errors"),
            new Case("J38", "negative-zero-money.json", x -> json("\"25.00\"", "\"-0.00\""), FINDINGS, null,
                    "opdl.structure.format", "`-0.00`", "/fees/0/amount/amount"),
            new Case("J39", "plus-money.json", x -> json("\"25.00\"", "\"+25.00\""), FINDINGS, null, "opdl.structure.format", "`+25.00`"),
            new Case("J40", "exponent-money.json", x -> json("\"25.00\"", "\"1e3\""), FINDINGS, null, "opdl.structure.format", "`1e3`"),
            new Case("J41", "places-text.json", x -> json("\"places\":8", "\"places\":\"8\""), FINDINGS, null,
                    "opdl.structure.type", "not text"),
            // NDJSON lines
            new Case("N9", "trailing-garbage.ndjson", x -> nd(x.text("ndjson").strip() + " xyz\n"), FINDINGS, null,
                    "opdl.syntax.json", "line 2", "the word xyz is not a JSON value"),
            new Case("N10", "stray-brace.ndjson", x -> nd("}"), FINDINGS, null, "opdl.syntax.json", "line 2, column 1"),
            new Case("N11", "array-line.ndjson", x -> nd("[" + x.text("ndjson").strip() + "]\n"), FINDINGS, "ligne 2",
                    "line 2 does not hold a JSON object"),
            new Case("N12", "null-line.ndjson", x -> nd("null\n"), FINDINGS, null, "line 2 does not hold a JSON object"),
            new Case("N13", "number-line.ndjson", x -> nd("42\n"), FINDINGS, null, "line 2 does not hold a JSON object"),
            new Case("N14", "nul-line.ndjson", x -> withBytes(nd("%NUL%\n"), "%NUL%", (byte) 0), FINDINGS, null,
                    "opdl.syntax.json", "line 2", "code 0"),
            // CSV
            new Case("C18", "headings-only.csv", x -> x.text("csv").substring(0, x.text("csv").indexOf("\r\n") + 2), OK, null,
                    "in 0 listings"),
            new Case("C19", "headings-no-eol.csv", x -> x.text("csv").substring(0, x.text("csv").indexOf("\r\n")), OK, null,
                    "in 0 listings"),
            new Case("C20", "unbalanced.csv", x -> x.changed("csv", t -> t.replace(",Producers Lab,", ",\"Producers Lab,")),
                    FINDINGS, "un guillemet \" termine une cellule", "opdl.syntax.csv", "row 2", "a quote \" ends a cell",
                    "double each quote inside it"),
            new Case("C21", "inner-quotes.csv", x -> x.changed("csv", t -> t.replace(",Producers Lab,", ",Producers \"Lab\",")),
                    OK, null, "in 1 listing"),
            new Case("C22", "trailing-commas.csv", x -> x.changed("csv", t -> t.stripTrailing() + ",,\r\n"),
                    OK, null, "in 1 listing")
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @DisplayName("each file gives the finding or error expected, with its place, in English and French")
    void each(Case c) throws IOException {
        c.check(r);
    }
}
