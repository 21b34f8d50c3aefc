package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.option.InputOptions;

@DisplayName("The commands that read listings share one set of input options")
class InputOptionsTest {

    @TempDir
    Path dir;

    private Path labs;

    @BeforeEach
    void write() throws Exception {
        labs = dir.resolve("labs.ndjson");
        Files.writeString(labs, ConvertLimitsTest.THREE, StandardCharsets.UTF_8);
    }

    /** The command line of one command reading the labs file, with its own required options. */
    private String[] line(String command, String... options) {
        List<String> args = new ArrayList<>(List.of(command, labs.toString()));
        switch (command) {
            case "convert" -> args.addAll(List.of("--to", "json"));
            case "publish" -> args.addAll(List.of("--to", "http://localhost:3030/opdl"));
            default -> { }
        }
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest(name = "opdl {0}")
    @ValueSource(strings = {"validate", "convert", "migrate", "report", "publish"})
    @DisplayName("show --from and --max-file-size with the same help")
    void sameHelp(String command) {
        String help = Cli.run(command, "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("--from=FORMAT")
                .contains("The format of every input file (default: from each file's extension, then its content).")
                .contains("Largest input file read, in bytes (default: 2147483648).");
        assertThat(Cli.run(command, "--help", "--lang", "fr").out().replaceAll("\\s+", " "))
                .contains("Le format de chaque fichier d'entrée (par défaut : d'après l'extension de chaque fichier, puis son contenu).");
    }

    @ParameterizedTest(name = "opdl {0}")
    @ValueSource(strings = {"validate", "convert", "migrate", "report", "publish"})
    @DisplayName("refuse an unknown --from before reading, in the same words")
    void unknownFormat(String command) {
        Cli r = Cli.run(line(command, "--from", "xml"));
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("unknown format \"xml\": did you mean rdfxml? use one of").contains("ndjson").doesNotContain("Exception");
        assertThat(Cli.run(line(command, "--from", "xml", "--lang", "fr")).err()).contains("format inconnu « xml » : vouliez-vous dire rdfxml?");
    }

    @ParameterizedTest(name = "--to {0}")
    @org.junit.jupiter.params.provider.CsvSource({"turtle, ttl", "Turtle, ttl", "N-Triples, nt", "json-ld, jsonld", "RDF/XML, rdfxml",
        "excel, xlsx", "jsonl, ndjson", "jsn, json"})
    @DisplayName("B22: a format called by its own name, with a hyphen, by an extension or with a slip is refused naming the one meant, in both languages")
    void formatMeant(String called, String meant) {
        Cli r = Cli.run("convert", labs.toString(), "--to", called, "-o", "-");
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("unknown format \"" + called + "\": did you mean " + meant + "? use one of json, ndjson");
        Cli fr = Cli.run("convert", labs.toString(), "--to", called, "-o", "-", "--lang", "fr");
        assertThat(fr.err()).contains("format inconnu « " + called + " » : vouliez-vous dire " + meant + "? utilisez json, ndjson");
    }

    @Test
    @DisplayName("B22: a name near no format keeps the list alone")
    void formatNearNothing() {
        Cli r = Cli.run("convert", labs.toString(), "--to", "yaml", "-o", "-");
        assertThat(r.err()).contains("unknown format \"yaml\": use one of json, ndjson").doesNotContain("did you mean");
    }

    /** B40: before, query, merge and match said "internal error: IllegalArgumentException: every limit must be positive", exit 4. */
    @ParameterizedTest(name = "opdl {0}")
    @ValueSource(strings = {"query", "merge", "match", "serve"})
    @DisplayName("B40: refuse a limit that is not positive in the commands without --from too, in the same words, in both languages")
    void limitNotPositiveWithoutFrom(String command) throws Exception {
        Path query = Files.writeString(dir.resolve("titles.rq"), "SELECT ?s WHERE { ?s ?p ?o }\n", StandardCharsets.UTF_8);
        Path profile = Files.writeString(dir.resolve("producer.json"),
                "{\"completedWorks\": 2, \"credits\": 2, \"yearsOfPractice\": 3, \"region\": \"ON\", \"languages\": [\"en\"]}",
                StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(switch (command) {
            case "query" -> List.of("query", query.toString(), labs.toString());
            case "merge" -> List.of("merge", labs.toString(), "-o", dir.resolve("merged.json").toString());
            case "match" -> List.of("match", labs.toString(), "--profile", profile.toString());
            default -> List.of("serve", "--port", "0");
        });
        args.addAll(List.of("--max-records", "-5"));
        Cli en = Cli.run(args.toArray(String[]::new));
        assertThat(en.code()).as(en.err()).isEqualTo(ExitCode.USAGE);
        assertThat(en.err()).contains("every --max-… limit and --regex-time, --record-time and --jsonld-time must be a positive number")
                .doesNotContain("internal error");
        args.addAll(List.of("--lang", "fr"));
        Cli fr = Cli.run(args.toArray(String[]::new));
        assertThat(fr.err()).contains("chaque limite --max-… et --regex-time, --record-time et --jsonld-time doit être un nombre positif");
        assertThat(dir.resolve("merged.json")).doesNotExist();
    }

    @ParameterizedTest(name = "opdl {0}")
    @ValueSource(strings = {"validate", "convert", "migrate", "report", "publish"})
    @DisplayName("refuse a limit that is not positive, in the same words")
    void limitNotPositive(String command) {
        Cli r = Cli.run(line(command, "--max-depth", "0"));
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("every --max-… limit and --regex-time, --record-time and --jsonld-time must be a positive number");
    }

    @ParameterizedTest(name = "opdl {0}")
    @ValueSource(strings = {"convert", "migrate"})
    @DisplayName("refuse, when they write a file, an input larger than --max-file-size before writing anything")
    void tooLarge(String command) {
        Path out = dir.resolve("labs.json");
        Cli r = Cli.run(line(command, "-o", out.toString(), "--max-file-size", "10"));
        assertThat(r.code()).isEqualTo(ExitCode.INPUT);
        assertThat(r.err()).contains("labs.ndjson is larger than --max-file-size");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("let opdl report read a file whose extension does not say its format, through --from")
    void reportTakesFrom() throws Exception {
        Path odd = dir.resolve("labs.txt");
        Files.copy(Path.of(System.getProperty("opdl.root"), "docs/data/programs-0.2.ndjson"), odd);
        Cli r = Cli.run("report", odd.toString(), "--from", "ndjson", "--format", "json", "--as-of", "2026-12-05");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.json().at("/included").asLong()).isEqualTo(44);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"not listings at all", "Wide Lens: equity training for CMPA members\nopens in September\n", "\u0001\u0002 garbage, bytes"})
    @DisplayName("refuse standard input whose first bytes show no format, naming - and --from in both languages, rather than read it as CSV")
    void standardInputUntold(String text) {
        InputException e = catchThrowableOfType(InputException.class, () -> InputOptions.of(null, "-",
                new BufferedInputStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))));
        assertThat(e).isNotNull();
        assertThat(e.text().en()).startsWith("-: the format of standard input cannot be told from its start")
                .endsWith("name its format with --from, one of json, ndjson, csv, xlsx, ttl, nt, jsonld, rdfxml");
        assertThat(e.text().fr()).startsWith("- : le format de l'entrée standard ne se reconnaît pas à son début")
                .contains("nommez son format avec --from, parmi json");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Listing ID,Title (en)\nlisting:cmpa/wide-lens,Wide Lens\n", "Identifiant de la fiche;Titre (fr)\n",
        "Listing ID\tTitle (en)\n", "", "[{\"id\": \"listing:cmpa/wide-lens\"}]"})
    @DisplayName("read standard input whose first bytes show its format, a CSV by a heading row, an empty one as CSV that says it is empty")
    void standardInputTold(String text) throws Exception {
        String expected = text.startsWith("[") ? "json" : "csv";
        assertThat(InputOptions.of(null, "-", new BufferedInputStream(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)))).name()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"export.dat", "listings", "fiches.text"})
    @DisplayName("refuse a file whose name and first bytes show no format (a .txt is a CSV, as Excel saves tab-separated text), naming the file, --from and the extension, rather than read it as CSV")
    void fileUntold(String name) {
        InputException e = catchThrowableOfType(InputException.class, () -> InputOptions.of(null, name,
                new BufferedInputStream(new ByteArrayInputStream("Wide Lens opens in September\n".getBytes(StandardCharsets.UTF_8)))));
        assertThat(e).isNotNull();
        assertThat(e.text().en()).startsWith(name + ": the format of this file cannot be told from its name or its start")
                .contains("name its format with --from, one of json, ndjson, csv").endsWith("give the file its format's extension, such as listings.csv");
        assertThat(e.text().fr()).startsWith(name + " : le format de ce fichier ne se reconnaît ni à son nom ni à son début")
                .contains("nommez son format avec --from, parmi json").endsWith("par exemple fiches.csv");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"Listing ID,Title (en)\nlisting:cmpa/wide-lens,Wide Lens\n", "Identifiant de la fiche;Titre (fr)\n", ""})
    @DisplayName("read a file of unknown extension whose first bytes show a CSV, as standard input is read")
    void fileToldByContent(String text) throws Exception {
        assertThat(InputOptions.of(null, "export.txt", new BufferedInputStream(new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)))).name()).isEqualTo("csv");
    }
}
