package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.opdl.validator.catalogue.Conformance;
import tools.jackson.databind.node.ObjectNode;

/**
 * The third hostile round's fixtures: one real listing (the conformance base, a National Screen
 * Institute lab) written by {@code opdl convert} in every format, so that each case changes a few
 * characters of a file opdl itself writes, and the helpers that run a case and check its outcome.
 */
final class Round3 {

    static final Duration LIMIT = Duration.ofSeconds(60);
    /** A day on which the base listing's dates raise no finding of their own. */
    static final String AS_OF = "2025-01-12";

    private final Path dir;
    private final Map<String, String> texts = new HashMap<>();

    private Round3(Path dir) {
        this.dir = dir;
    }

    /** Writes the base listing as JSON and converts it to every other format in {@code dir}. */
    static Round3 in(Path dir) throws IOException {
        Round3 r = new Round3(dir);
        Path json = Files.writeString(dir.resolve("base.json"), "[" + Cli.JSON.writeValueAsString(base()) + "]");
        r.texts.put("json", Files.readString(json));
        for (String to : List.of("ndjson", "csv", "ttl", "nt", "jsonld", "rdfxml")) {
            Path out = dir.resolve("base." + to);
            Cli c = Cli.run("convert", json.toString(), "--to", to, "-o", out.toString());
            assertThat(c.code()).as(c.err()).isZero();
            r.texts.put(to, Files.readString(out, StandardCharsets.UTF_8));
        }
        return r;
    }

    /** The base listing: a fresh copy each time. */
    static ObjectNode base() {
        return Conformance.base();
    }

    /** The base listing in {@code format}, as opdl writes it (a CSV starts with a byte-order mark). */
    String text(String format) {
        return texts.get(format);
    }

    /** The base listing in {@code format} with one change. */
    String changed(String format, Function<String, String> change) {
        String after = change.apply(text(format));
        assertThat(after).as("the fixture change applies").isNotEqualTo(text(format));
        return after;
    }

    /** Writes {@code bytes} to a file named {@code name} in the folder. */
    Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Writes {@code text} as UTF-8 to a file named {@code name} in the folder. */
    Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path dir() {
        return dir;
    }

    /** Runs opdl in this JVM within the time limit, and checks it printed no stack trace and no internal error. */
    static Cli opdl(String... args) {
        Cli r = assertTimeoutPreemptively(LIMIT, () -> Cli.run(args));
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        return r;
    }

    /** {@code validate FILE --as-of AS_OF} plus more arguments. */
    static Cli validate(Path file, String... more) {
        List<String> args = new ArrayList<>(List.of("validate", file.toString(), "--as-of", AS_OF));
        args.addAll(List.of(more));
        return opdl(args.toArray(String[]::new));
    }

    /** Checks the exit code and that everything printed holds each expected piece. */
    static void expect(Cli r, int code, String... pieces) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(code);
        assertThat(r.out() + r.err()).contains(pieces);
    }

    /**
     * One case of the round: a file made from the fixtures, validated, with the exit code and the
     * pieces of the report expected, and a piece of the French report when the case has a message.
     *
     * @param id the case's id in docs/hostile-inputs.md
     * @param file the file's name (its extension names its format)
     * @param content makes the file's content, a String (UTF-8) or a byte[]
     * @param code the expected exit code
     * @param fr a piece of the report under {@code --lang fr}, or null
     * @param pieces pieces of the report
     */
    record Case(String id, String file, Function<Round3, Object> content, int code, String fr, String... pieces) {

        @Override
        public String toString() {
            return id + " " + file;
        }

        /** Writes the file, validates it and checks the outcome, in English and French. */
        void check(Round3 r) throws IOException {
            Object c = content.apply(r);
            Path f = c instanceof byte[] b ? r.file(file, b) : r.file(file, (String) c);
            Cli en = validate(f);
            expect(en, code, pieces);
            if (fr != null) {
                Cli french = validate(f, "--lang", "fr");
                expect(french, code, fr);
            }
        }
    }
}
