package org.opdl.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A client of a local page for tests: posts as the page's script does, and sends raw requests for forged headers. */
record Loopback(LocalServer server, HttpClient client) {

    static Loopback of(LocalServer server) {
        return new Loopback(server, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(origin() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET from a browser set to the given languages, as its {@code Accept-Language} header says them. */
    HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(origin() + path)).header("Accept-Language", acceptLanguage).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(origin() + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> post(String path, byte[] body) throws IOException, InterruptedException {
        return post(path, HttpRequest.BodyPublishers.ofByteArray(body), origin(), server.token());
    }

    /** Posts {@code body} from the page, with {@code contentType} as its Content-Type. */
    HttpResponse<byte[]> post(String path, byte[] body, String contentType) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(origin() + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(Duration.ofSeconds(60)).header("Origin", origin()).header("X-OPDL-Token", server.token())
                .header("Content-Type", contentType).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> post(String path, Path file) throws IOException, InterruptedException {
        return post(path, Files.readAllBytes(file));
    }

    HttpResponse<byte[]> post(String path, HttpRequest.BodyPublisher body, String origin, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(origin() + path)).POST(body).timeout(Duration.ofSeconds(60));
        if (origin != null) {
            b.header("Origin", origin);
        }
        if (token != null) {
            b.header("X-OPDL-Token", token);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Sends a request as written, Host header included, and returns the status line and headers. */
    String raw(String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }
}
