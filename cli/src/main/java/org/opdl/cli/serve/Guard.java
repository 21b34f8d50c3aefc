package org.opdl.cli.serve;

import com.sun.net.httpserver.Headers;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a request may reach the page. The server listens on the loopback address only,
 * but a web page elsewhere can still make the browser send requests to it: a {@code Host} other
 * than {@code localhost} or {@code 127.0.0.1} with this port means DNS rebinding, and a post whose
 * {@code Origin} is not this page, or that lacks the token printed into the page at this start, is
 * a cross-site request.
 *
 * @param port the port the server listens on
 * @param token the secret of this start, which the page sends back with every post
 */
record Guard(int port, String token) {

    /** The header the page's script sends the token in. */
    static final String TOKEN_HEADER = "X-OPDL-Token";

    /** Why a request is refused, as a key of the page's words, or empty when it may go on. */
    Optional<String> refusal(String method, Headers headers) {
        if (!allowedHost(headers.getFirst("Host"))) {
            return Optional.of("refused.host");
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            if (!"POST".equals(method)) {
                return Optional.of("refused.method");
            }
            if (!sameOrigin(headers.getFirst("Origin"))) {
                return Optional.of("refused.origin");
            }
            if (!constantTimeEquals(token, headers.getFirst(TOKEN_HEADER))) {
                return Optional.of("refused.token");
            }
        }
        return Optional.empty();
    }

    private boolean allowedHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.equals("localhost:" + port) || h.equals("127.0.0.1:" + port);
    }

    private boolean sameOrigin(String origin) {
        if (origin == null) {
            return false;
        }
        String o = origin.strip().toLowerCase(Locale.ROOT);
        return o.equals("http://localhost:" + port) || o.equals("http://127.0.0.1:" + port);
    }

    private static boolean constantTimeEquals(String expected, String given) {
        if (given == null || given.length() != expected.length()) {
            return false;
        }
        int diff = 0;
        for (int i = 0; i < expected.length(); i++) {
            diff |= expected.charAt(i) ^ given.charAt(i);
        }
        return diff == 0;
    }
}
