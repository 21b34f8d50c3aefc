package org.opdl.cli.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.opdl.model.text.Lang;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends responses with the headers every answer of the page carries: a strict content security
 * policy (scripts, styles and everything else from the tool only, nothing inline), no sniffing,
 * no framing, no referrer and no caching. Downloads get a {@code Content-Disposition} with a file
 * name made safe.
 */
final class Replies {

    /** The policy of every response: the tool's own files only, no inline script or style. */
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Replies() {
    }

    static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        headers(ex.getResponseHeaders(), type);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    static void text(HttpExchange ex, int status, String type, String body) throws IOException {
        send(ex, status, type + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    }

    static void json(HttpExchange ex, int status, ObjectNode body) throws IOException {
        text(ex, status, "application/json", JSON.writeValueAsString(body));
    }

    /** A refusal or failure as JSON that the page shows: {@code {"error": key, "message": words}}. */
    static void problem(HttpExchange ex, int status, Lang lang, String key, Object... args) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("error", key);
        o.put("message", PageWords.get(lang, key, args));
        if (status == 503) {
            ex.getResponseHeaders().set("Retry-After", "2");
        }
        json(ex, status, o);
    }

    /** Sends a file as a download named {@code name}, made safe; the caller deletes the file. */
    static void download(HttpExchange ex, String type, String name, Path file) throws IOException {
        Headers h = ex.getResponseHeaders();
        headers(h, type);
        h.set("Content-Disposition", disposition(name));
        long size = Files.size(file);
        ex.sendResponseHeaders(200, size == 0 ? -1 : size);
        if (size > 0) {
            try (InputStream in = Files.newInputStream(file); OutputStream out = ex.getResponseBody()) {
                in.transferTo(out);
            }
        }
        ex.close();
    }

    static void download(HttpExchange ex, String type, String name, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Disposition", disposition(name));
        send(ex, 200, type, body);
    }

    /** {@code attachment} with an ASCII name of letters, digits, dot, dash and underscore, and the UTF-8 name too. */
    static String disposition(String name) {
        String safe = safeName(name);
        return "attachment; filename=\"" + safe + "\"";
    }

    /** A file name that no system reads as a path, a device or a command: at most 100 plain characters. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        base = base.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (base.length() > 100) {
            base = base.substring(base.length() - 100);
        }
        return base.isEmpty() || base.matches("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?") ? "opdl-" + base + "file" : base;
    }

    private static void headers(Headers h, String type) {
        h.set("Content-Type", type);
        h.set("Content-Security-Policy", POLICY);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cache-Control", "no-store");
        h.set("Cross-Origin-Resource-Policy", "same-origin");
    }
}
