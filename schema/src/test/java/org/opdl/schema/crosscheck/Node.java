package org.opdl.schema.crosscheck;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the node scripts of {@code tools/crosscheck/}. When node or the npm packages are missing,
 * the calling test is skipped through a JUnit assumption, with the reason in the report: a skip is
 * never counted as a pass.
 */
final class Node {

    static final Path TOOLS = Path.of(System.getProperty("opdl.root"), "tools/crosscheck");

    private Node() {
    }

    /** Skips the calling test, saying why, unless node and the installed npm packages are there. */
    static void assumeAvailable() {
        assumeTrue(Files.isDirectory(TOOLS.resolve("node_modules/ajv"))
                        && Files.isDirectory(TOOLS.resolve("node_modules/jsonld")),
                "SKIPPED cross-check: tools/crosscheck/node_modules is missing; run 'cd tools/crosscheck && npm ci'");
        assumeTrue(version() != null, "SKIPPED cross-check: node is not on the PATH");
    }

    private static String version() {
        try {
            Result r = run(List.of("node", "--version"));
            return r.exit() == 0 ? r.out().strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Runs a script of tools/crosscheck with arguments and returns its exit code and output. */
    static Result script(String script, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("node", TOOLS.resolve(script).toString()));
        command.addAll(args);
        return run(command);
    }

    private static Result run(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(TOOLS.toFile());
        Path err = Files.createTempFile("opdl-node", ".err");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("node did not finish within 60 s: " + command);
            }
            return new Result(p.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        } finally {
            Files.deleteIfExists(err);
        }
    }

    /** What a node run printed and returned. */
    record Result(int exit, String out, String err) {
    }
}
