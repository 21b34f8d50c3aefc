package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opdl.cli.Round3.expect;
import static org.opdl.cli.Round3.opdl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opdl.cli.exit.ExitCode;
import org.opdl.schema.testing.NoNetwork;

/**
 * Third hostile round, the command line: odd option values, empty and repeated file names, output
 * paths that are links, folders or odd names, and whole numbers written with a fraction on their
 * way to formats that write digits only.
 */
@ExtendWith(NoNetwork.class)
@DisplayName("Third hostile round: options, file names, outputs and whole numbers")
class Round3CliTest {

    @TempDir
    static Path dir;
    static Round3 r;
    static String base;

    @BeforeAll
    static void fixtures() throws IOException {
        r = Round3.in(dir);
        base = dir.resolve("base.json").toString();
    }

    static Stream<Arguments> options() {
        return Stream.of(
            Arguments.of("A1", new String[] {"--as-of", "yesterday"}, ExitCode.USAGE, "YYYY-MM-DD"),
            Arguments.of("A2", new String[] {"--as-of", "2025-02-29"}, ExitCode.USAGE, "YYYY-MM-DD"),
            Arguments.of("A3", new String[] {"--as-of", " 2025-01-12"}, ExitCode.USAGE, "YYYY-MM-DD"),
            Arguments.of("A4", new String[] {"--as-of", "+2025-01-12"}, ExitCode.USAGE, "YYYY-MM-DD"),
            Arguments.of("A5", new String[] {"--as-of", "２０２５-01-12"}, ExitCode.USAGE, "YYYY-MM-DD"),
            Arguments.of("A6", new String[] {"--as-of", "2025-01-12", "--max-shown", "99999999999999999999"}, ExitCode.USAGE, "--max-shown"),
            Arguments.of("A7", new String[] {"--as-of", "2025-01-12", "--max-shown", "2147483647"}, ExitCode.OK, "0 errors"),
            Arguments.of("A8", new String[] {"--as-of", "2025-01-12", "--as-of", "2025-01-13"}, ExitCode.USAGE, "--as-of is given more than once; give it once"),
            Arguments.of("A9", new String[] {"--as-of", "2025-01-12", "--lang", "fr", "--lang", "en"}, ExitCode.USAGE, "l'option --lang est donnée plus d'une fois"),
            Arguments.of("A10", new String[] {"--as-of", "2025-01-12", "--fail-on", "bogus"}, ExitCode.USAGE, "--fail-on"),
            Arguments.of("A11", new String[] {"--as-of", "2025-01-12", "--format", ""}, ExitCode.USAGE, "--format"),
            Arguments.of("A12", new String[] {"--as-of", "2025-01-12", "--lang", "xx"}, ExitCode.USAGE, "--lang en"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("options")
    @DisplayName("odd option values are one-line usage errors; large but valid ones work")
    void optionValues(String id, String[] options, int code, String piece) {
        String[] args = new String[options.length + 2];
        args[0] = "validate";
        args[1] = base;
        System.arraycopy(options, 0, args, 2, options.length);
        Cli c = opdl(args);
        expect(c, code, piece);
        if (code == ExitCode.USAGE) {
            assertThat(c.errLines()).hasSize(1);
        }
    }

    @Test
    @DisplayName("A13: an empty input file name is a usage error, not the current folder")
    void emptyInputName() {
        expect(opdl("validate", ""), ExitCode.USAGE, "empty");
        expect(opdl("convert", "", "--to", "csv"), ExitCode.USAGE, "empty");
        expect(opdl("validate", "", "--lang", "fr"), ExitCode.USAGE, "vide");
    }

    @Test
    @DisplayName("A14: an empty -o is a usage error, not the current folder")
    void emptyOutputName() {
        expect(opdl("convert", base, "--to", "csv", "-o", ""), ExitCode.USAGE, "-o is empty");
    }

    @Test
    @DisplayName("A15: `--` ends the options, so `-- --as-of` names a file")
    void doubleDash() {
        expect(opdl("validate", "--", "--as-of"), ExitCode.INPUT, "cannot read --as-of: no such file");
    }

    @Test
    @DisplayName("A16: the same file named twice, by another spelling or through a link, is refused rather than read twice")
    void sameFileTwice() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link-to-base.json"), dir.resolve("base.json"));
        expect(opdl("validate", base, dir.resolve(".").resolve("base.json").toString()), ExitCode.USAGE, "are the same file");
        expect(opdl("convert", base, link.toString(), "--to", "json"), ExitCode.USAGE, "are the same file");
        expect(opdl("validate", base, link.toString(), "--lang", "fr"), ExitCode.USAGE, "sont le même fichier");
        Cli two = opdl("validate", base, dir.resolve("base.ndjson").toString(), "--as-of", Round3.AS_OF);
        expect(two, ExitCode.OK, "in 2 listings (2 files)");
    }

    @Test
    @DisplayName("A17: --from csv on a JSON file is one error saying it looks like JSON, not a finding per cell")
    void wrongFrom() {
        Cli c = opdl("validate", base, "--from", "csv", "--as-of", Round3.AS_OF);
        expect(c, ExitCode.FINDINGS, "opdl.syntax.csv", "looks like JSON", "--from json", "1 error, 0 warnings");
        assertThat(c.out()).doesNotContain("opdl.csv.unknown-heading").doesNotContain("opdl.csv.stray-spaces");
        expect(opdl("validate", base, "--from", "csv", "--as-of", Round3.AS_OF, "--lang", "fr"), ExitCode.FINDINGS,
                "semble être du JSON");
        expect(opdl("convert", base, "--from", "csv", "--to", "json"), ExitCode.INPUT, "looks like JSON");
    }

    @Test
    @DisplayName("O23: -o naming a dangling link, a link to the input, the input by another spelling, or a folder with a slash")
    void outputPaths() throws IOException {
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("nowhere.csv"));
        expect(opdl("convert", base, "--to", "csv", "-o", dangling.toString(), "--force"), ExitCode.INPUT, "symbolic link");
        assertThat(dir.resolve("nowhere.csv")).doesNotExist();
        Path toInput = Files.createSymbolicLink(dir.resolve("to-input.json"), dir.resolve("base.json"));
        String before = Files.readString(dir.resolve("base.json"));
        expect(opdl("convert", base, "--to", "json", "-o", toInput.toString(), "--force"), ExitCode.USAGE, "is the input file");
        expect(opdl("convert", dir.resolve("base.ndjson").toString(), "--to", "ndjson", "-o",
                dir.resolve("x/../base.ndjson").toString(), "--force"), ExitCode.USAGE, "is the input file");
        assertThat(Files.readString(dir.resolve("base.json"))).isEqualTo(before);
        Files.createDirectories(dir.resolve("out"));
        expect(opdl("convert", base, "--to", "csv", "-o", dir.resolve("out") + "/"), ExitCode.INPUT, "is a folder");
        expect(opdl("convert", base, "--to", "csv", "-o", dir.resolve("missing/x.csv").toString()), ExitCode.INPUT, "does not exist");
    }

    @Test
    @DisplayName("O24: output names holding a line break or accents are written as given and shown escaped")
    void oddOutputNames() {
        Path newline = dir.resolve("new\nline.csv");
        expect(opdl("convert", base, "--to", "csv", "-o", newline.toString()), ExitCode.OK, "converted 1 listing");
        assertThat(newline).exists();
        Cli again = opdl("convert", base, "--to", "csv", "-o", newline.toString());
        expect(again, ExitCode.USAGE, "new\\u000Aline.csv already exists");
        Path accents = dir.resolve("Fiches – Québec été.ttl");
        expect(opdl("convert", base, "--to", "ttl", "-o", accents.toString()), ExitCode.OK, "converted 1 listing");
        assertThat(accents).exists();
    }

    @Test
    @DisplayName("O25: a read-only folder as the output's folder is exit 3 naming the output")
    void readOnlyFolder() throws IOException {
        Path ro = Files.createDirectories(dir.resolve("read-only"));
        assertThat(ro.toFile().setWritable(false, false)).isTrue();
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(ro), "running as root: permissions do not bind");
        expect(opdl("convert", base, "--to", "csv", "-o", ro.resolve("x.csv").toString()), ExitCode.INPUT, "x.csv");
    }

    static Stream<Arguments> wholeNumbers() {
        return Stream.of(
            Arguments.of("J42", "8.0", "ttl", "8"), Arguments.of("J43", "1.0e1", "csv", "10"),
            Arguments.of("J44", "8.00", "rdfxml", "8"), Arguments.of("J45", "8.0", "jsonld", "8"),
            Arguments.of("J46", "9223372036854775808", "csv", "9223372036854775808"),
            Arguments.of("J47", "2147483648", "nt", "2147483648"));
    }

    @ParameterizedTest(name = "{0}: places {1} to {2}")
    @MethodSource("wholeNumbers")
    @DisplayName("whole numbers, however written, convert to digit-only formats as the integer they equal and come back")
    void wholeNumber(String id, String written, String to, String back) throws IOException {
        Path in = r.file(id + ".json", r.changed("json", t -> t.replace("\"places\":8", "\"places\":" + written)));
        Path out = dir.resolve(id + "." + to);
        expect(opdl("convert", in.toString(), "--to", to, "-o", out.toString()), ExitCode.OK, "converted 1 listing");
        Cli again = opdl("convert", out.toString(), "--from", to, "--to", "json");
        assertThat(again.json().at("/0/intakes/0/places").asString()).isEqualTo(back);
    }

    @Test
    @DisplayName("J48: 1e400 places is refused by digit-only formats for its size, never called not whole")
    void hugeWholeNumber() throws IOException {
        Path in = r.file("huge.json", r.changed("json", t -> t.replace("\"places\":8", "\"places\":1e400")));
        Cli c = opdl("convert", in.toString(), "--to", "ttl", "-o", dir.resolve("huge.ttl").toString());
        expect(c, ExitCode.INPUT, "/intakes/0/places", "more than 100 digits");
        assertThat(c.err()).doesNotContain("must be a whole number");
        assertThat(dir.resolve("huge.ttl")).doesNotExist();
    }

    @Test
    @DisplayName("J49: thirty decimals of money survive every format")
    void thirtyDecimals() throws IOException {
        String amount = "25.000000000000000000000000000001";
        Path in = r.file("thirty.json", r.changed("json", t -> t.replace("\"25.00\"", "\"" + amount + "\"")));
        for (String to : new String[] {"csv", "ttl", "nt", "jsonld", "rdfxml", "ndjson"}) {
            Path out = dir.resolve("thirty." + to);
            expect(opdl("convert", in.toString(), "--to", to, "-o", out.toString()), ExitCode.OK, "converted 1 listing");
            Cli back = opdl("convert", out.toString(), "--from", to, "--to", "json");
            assertThat(back.json().at("/0/fees/0/amount/amount").asString()).as(to).isEqualTo(amount);
        }
    }
}
