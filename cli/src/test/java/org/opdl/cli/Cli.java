package org.opdl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.opdl.schema.testing.Canary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one run of {@code opdl} printed and returned, in process ({@link #run}) or as a separate
 * JVM ({@link #runJar}), so that unit and end-to-end tests assert the same way.
 *
 * @param code the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
record Cli(int code, String out, String err) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Runs the tool in this JVM through {@link Main#run}. */
    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** Runs {@code java -jar opdl.jar} as a process; the jar's path comes from the system property {@code opdl.jar}. */
    static Cli runJar(String... args) throws Exception {
        return finish(startJar(List.of(), List.of(), Map.of(), args));
    }

    /** As {@link #runJar}, with options for the JVM, such as {@code -Xmx64m}. */
    static Cli runJarWith(List<String> jvmOptions, String... args) throws Exception {
        return finish(startJar(List.of(), jvmOptions, Map.of(), args));
    }

    /**
     * Runs the jar as {@link #runJar} does, with a command in front (such as a shell that lowers a
     * limit, then runs the rest), extra JVM options and extra environment variables.
     */
    static Cli runJar(List<String> wrapper, List<String> jvmOptions, Map<String, String> env, String... args) throws Exception {
        return finish(startJar(wrapper, jvmOptions, env, args));
    }

    /** Starts the jar as a process and returns it without waiting, so that a test can stop it part way. */
    static Process startJar(List<String> wrapper, List<String> jvmOptions, Map<String, String> env, String... args)
            throws IOException {
        String jar = System.getProperty("opdl.jar");
        if (jar == null) {
            throw new IllegalStateException("run end-to-end tests with mvn verify, which sets -Dopdl.jar");
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(javaBin, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
        // Every request the tool might make goes to the canary, which the suite requires to stay silent.
        command.addAll(Canary.get().proxyOptions());
        // A run of the suite may try another machine's shape, e.g. -Dopdl.it.jvm=-XX:ActiveProcessorCount=8;
        // a test's own options come after and win.
        String machine = System.getProperty("opdl.it.jvm", "").strip();
        if (!machine.isEmpty()) {
            command.addAll(List.of(machine.split("\\s+")));
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        return p;
    }

    private static Cli finish(Process p) throws Exception {
        List<String> command = p.info().arguments().map(List::of).orElse(List.of());
        CompletableFuture<String> outF = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> errF = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("opdl did not finish within 60 s: " + command);
        }
        return new Cli(p.exitValue(), outF.get(), errF.get());
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Standard output parsed as JSON. */
    JsonNode json() {
        return JSON.readTree(out);
    }

    /** The lines of standard error. */
    List<String> errLines() {
        return err.lines().toList();
    }
}
