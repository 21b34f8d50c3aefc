package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The release zip runs with nothing but a Java runtime")
class ReleaseIT {

    private static final String ROOT = System.getProperty("opdl.root", ".");

    @TempDir
    static Path unpacked;

    private static Path home;

    @BeforeAll
    static void unzip() throws IOException {
        Path zip = Path.of(System.getProperty("opdl.zip"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Path to = unpacked.resolve(e.getName()).normalize();
                assertThat(to.startsWith(unpacked)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(in, to);
                }
            }
        }
        try (var dirs = Files.list(unpacked)) {
            home = dirs.filter(p -> p.getFileName().toString().startsWith("opdl-")).findFirst().orElseThrow();
        }
    }

    private static ProcessBuilder launcher(String... args) {
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("opdl").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        // A plain runtime: the java of this JVM on the PATH, no JAVA_HOME, no Maven.
        env.remove("JAVA_HOME");
        env.remove("MAVEN_HOME");
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
        return pb;
    }

    @Test
    @DisplayName("holds the jar, the launchers and a README in English and French")
    void contents() throws IOException {
        assertThat(home.resolve("lib/opdl.jar")).isRegularFile();
        assertThat(home.resolve("opdl.cmd")).content().contains("-jar \"%~dp0lib\\opdl.jar\"").contains("\r\n");
        assertThat(home.resolve("opdl-serve.cmd")).content().contains("serve --open");
        assertThat(home.resolve("README.md")).content().contains("Start the page").contains("Lancer la page");
    }

    @Test
    @DisplayName("opdl validate runs from the unpacked folder on an example")
    void validates() throws Exception {
        Process p = launcher("validate", ROOT + "/docs/examples/invalid/bad-email.json", "--lang", "fr")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(1);
        assertThat(out).contains("opdl.links.malformed-email").contains("Résumé");
    }

    @Test
    @DisplayName("opdl serve starts from the unpacked folder and checks a posted file")
    void serves() throws Exception {
        Process p = launcher("serve", "--port", "0").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String ready = lines.readLine();
            Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:(\\d+)/)").matcher(ready == null ? "" : ready);
            assertThat(m.find()).as(String.valueOf(ready)).isTrue();
            String url = m.group(1);
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = Pattern.compile("name=\"opdl-token\" content=\"([0-9a-f]+)\"").matcher(page.body());
            assertThat(token.find()).isTrue();
            HttpResponse<String> check = client.send(HttpRequest.newBuilder(URI.create(url + "api/check?name=bad-email.csv"))
                    .header("Origin", url.substring(0, url.length() - 1)).header("X-OPDL-Token", token.group(1))
                    .POST(HttpRequest.BodyPublishers.ofFile(Path.of(ROOT, "docs/examples/invalid/bad-email.csv"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(check.statusCode()).isEqualTo(200);
            assertThat(check.body()).contains("opdl.links.malformed-email");
        } finally {
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
