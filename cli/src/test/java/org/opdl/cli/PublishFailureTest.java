package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.exit.ExitCode;

/**
 * opdl publish when the store fails: each failure names the store and what to do, exits 3, and
 * leaves the graphs in Fuseki as they were. A small server stands in front of Fuseki and breaks
 * the requests a test chooses, so that a failure happens at each step of a real publication.
 */
@DisplayName("opdl publish when the store fails")
class PublishFailureTest {

    static Fuseki fuseki;
    static Map<String, Graph> before;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        fuseki = new Fuseki();
        Cli first = Cli.run(PublishFusekiTest.publish(Fuseki.examples(), "--to", fuseki.url()));
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.OK);
        before = fuseki.graphs();
    }

    @AfterAll
    static void stop() {
        fuseki.close();
    }

    /** A front that passes requests to Fuseki, except those of the broken methods, which get {@code status} and {@code body}. */
    static final class Front implements AutoCloseable {
        final HttpServer server;
        final List<String> seen = new CopyOnWriteArrayList<>();
        /** What the front does to the body of each SPARQL update it passes on. */
        volatile UnaryOperator<String> update = UnaryOperator.identity();

        Front(List<String> broken, int status, String type, String body) throws IOException {
            this(broken, status, type, body, 0);
        }

        Front(List<String> broken, int status, String type, String body, long delayMillis) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            HttpClient client = HttpClient.newHttpClient();
            server.createContext("/", exchange -> {
                seen.add(exchange.getRequestMethod());
                byte[] in;
                try (InputStream s = exchange.getRequestBody()) {
                    in = s.readAllBytes();
                }
                if (broken.contains(exchange.getRequestMethod()) || broken.contains("*")) {
                    try {
                        Thread.sleep(delayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    answer(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
                    return;
                }
                if ("application/sparql-update".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
                    in = update.apply(new String(in, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                forward(client, exchange, in);
            });
            server.start();
        }

        /** A front that passes every request on, each update changed by {@code update}. */
        Front(UnaryOperator<String> update) throws IOException {
            this(List.of(), 0, "text/plain", "");
            this.update = update;
        }

        private static void forward(HttpClient client, HttpExchange exchange, byte[] body) throws IOException {
            URI to = URI.create(fuseki.url().replace("/opdl", "") + exchange.getRequestURI());
            HttpRequest.Builder b = HttpRequest.newBuilder(to)
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            for (String h : List.of("Content-Type", "Accept")) {
                String v = exchange.getRequestHeaders().getFirst(h);
                if (v != null) {
                    b.header(h, v);
                }
            }
            try {
                HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                answer(exchange, r.statusCode(), r.headers().firstValue("Content-Type").orElse("text/plain"), r.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer(exchange, 502, "text/plain", new byte[0]);
            }
        }

        private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
            exchange.getResponseHeaders().set("Content-Type", type);
            if (status == 401) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"opdl\"");
            }
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        }

        String url() {
            return "http://localhost:" + server.getAddress().getPort() + "/opdl";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    static Cli republish(String url) throws Exception {
        return Cli.run(PublishFusekiTest.publish(List.of(changed()), "--to", url, "--replace", "--timeout", "5"));
    }

    static Path changed() throws IOException {
        Path source = Path.of(System.getProperty("opdl.root"), "docs", "examples", "cfc-producers-lab.json");
        Path out = dir.resolve("cfc-producers-lab.json");
        Files.writeString(out, Files.readString(source).replace("Producers' Lab", "Producers' Lab (changed)"));
        return out;
    }

    /** {@code body} with a syntax error at the start of its {@code n}th provider's graph (the vocabulary's comes first). */
    static String breakGraph(String body, int n) {
        int at = body.indexOf("INSERT DATA");
        for (int i = 0; i <= n; i++) {
            at = body.indexOf("GRAPH <", at + 1);
            assertThat(at).as("graph %s of the update", i).isPositive();
        }
        int open = body.indexOf('{', at) + 1;
        return body.substring(0, open) + " this is not SPARQL " + body.substring(open);
    }

    static void assertNothingChanged() {
        Map<String, Graph> now = fuseki.graphs();
        assertThat(now.keySet()).isEqualTo(before.keySet());
        before.forEach((g, graph) -> assertThat(now.get(g).isIsomorphicWith(graph)).as("graph %s unchanged", g).isTrue());
    }

    @Nested
    @DisplayName("the store")
    class Store {

        @Test
        @DisplayName("stopped: cannot reach it, check that it runs")
        void stopped() throws Exception {
            Cli r = republish("http://localhost:" + Fuseki.freePort() + "/opdl");
            assertThat(r.code()).isEqualTo(ExitCode.INPUT);
            assertThat(r.err()).contains("cannot reach http://localhost:").contains("check that the store is running");
            assertNothingChanged();
        }

        @Test
        @DisplayName("refusing the credentials of the update (401): every graph is as it was, and the fix names the variables")
        void unauthorised() throws Exception {
            try (Front front = new Front(List.of("POST"), 401, "text/plain", "Unauthorized")) {
                Cli r = republish(front.url());
                assertThat(r.code()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).contains(front.url() + " refused access (HTTP 401)").contains("OPDL_SPARQL_USER")
                        .contains("an account the endpoint lets in").contains("are as they were");
            }
            assertNothingChanged();
        }

        @Test
        @DisplayName("forbidding everything (403): nothing is sent past the first question")
        void forbidden() throws Exception {
            try (Front front = new Front(List.of("*"), 403, "text/plain", "Forbidden")) {
                Cli r = republish(front.url());
                assertThat(r.code()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).contains("refused access (HTTP 403)");
                assertThat(front.seen).doesNotContain("POST");
            }
            assertNothingChanged();
        }

        @Test
        @DisplayName("failing the update (500): every graph is as it was, see the store's log")
        void serverError() throws Exception {
            try (Front front = new Front(List.of("POST"), 500, "text/plain", "Internal error")) {
                Cli r = republish(front.url());
                assertThat(r.code()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).contains(front.url() + " failed (HTTP 500)").contains("see the store's log");
                assertThat(front.seen).contains("POST");
            }
            assertNothingChanged();
        }

        @Test
        @DisplayName("failing in the third provider's graph, after every graph was dropped: the store undoes it all")
        void failsOnThirdGraph() throws Exception {
            // The store runs the update as it reads it: it drops every graph and inserts the first ones
            // before it meets the broken third provider's graph, fails, and aborts the one transaction.
            try (Front front = new Front(body -> breakGraph(body, 3))) {
                Cli r = Cli.run(PublishFusekiTest.publish(Fuseki.examples(), "--to", front.url(), "--replace", "--timeout", "30"));
                assertThat(r.code()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).contains(front.url()).contains("HTTP 400").contains("nothing was changed")
                        .contains("one transaction");
                assertThat(front.seen).containsOnlyOnce("POST");
            }
            assertNothingChanged();
        }

        @Test
        @DisplayName("answering with a web page: not SPARQL, and no data is sent")
        void html() throws Exception {
            try (Front front = new Front(List.of("*"), 200, "text/html", "<!DOCTYPE html><html><body>Welcome</body></html>")) {
                Cli r = republish(front.url());
                assertThat(r.code()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).contains(front.url() + " answered with a web page");
                assertThat(front.seen).doesNotContain("POST");
            }
            assertNothingChanged();
        }

        @Test
        @DisplayName("too slow: gives up after --timeout, naming the store")
        void slow() throws Exception {
            try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                long start = System.nanoTime();
                Cli r = Cli.run(PublishFusekiTest.publish(List.of(changed()), "--to",
                        "http://localhost:" + silent.getLocalPort() + "/opdl", "--replace", "--timeout", "2"));
                assertThat(r.code()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).contains("did not answer within 2 s").contains("--timeout");
                assertThat((System.nanoTime() - start) / 1e9).isLessThan(30);
            }
        }

        @Test
        @DisplayName("answering the update too late: opdl stops waiting and says the graphs are all old or all new")
        void slowPut() throws Exception {
            try (Front front = new Front(List.of("POST"), 500, "text/plain", "late", 6000)) {
                Cli r = Cli.run(PublishFusekiTest.publish(List.of(changed()), "--to", front.url(), "--replace", "--timeout", "2"));
                assertThat(r.code()).isEqualTo(ExitCode.INPUT);
                assertThat(r.err()).contains("did not answer within 2 s").contains("either all as they were or all replaced");
            }
            assertNothingChanged();
        }
    }

    @Nested
    @DisplayName("the address")
    class Address {

        @Test
        @DisplayName("plain HTTP to another machine is refused before anything is read or sent")
        void plainHttp() throws Exception {
            Cli r = Cli.run(PublishFusekiTest.publish(List.of(changed()), "--to", "http://store.example.org/opdl"));
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("plain HTTP to another machine").contains("https://");
        }

        @Test
        @DisplayName("credentials in the address are refused: the command line shows them to everyone")
        void credentialsInAddress() throws Exception {
            Cli r = Cli.run(PublishFusekiTest.publish(List.of(changed()), "--to", "https://admin:secret@store.example.org/opdl"));
            assertThat(r.code()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).contains("carries credentials").contains("OPDL_SPARQL_PASSWORD").doesNotContain("secret@");
        }
    }
}
