package org.opdl.schema.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server that records every attempt to reach it, so that a test can prove that no
 * input made the tools touch the network. It has two doors: an HTTP server for the addresses that
 * hostile fixtures name ({@link #url}), and a bare socket for JVM proxy settings ({@link
 * #proxyPort}), because a proxied HTTPS request opens with {@code CONNECT}, which the JDK server
 * refuses before any handler sees it. Both doors count into the same list.
 */
public final class Canary {

    private static final class Holder {
        static final Canary INSTANCE = open();
    }

    private static volatile boolean started;

    private final HttpServer http;
    private final ServerSocket proxy;
    private final List<String> hits = new CopyOnWriteArrayList<>();

    private Canary(HttpServer http, ServerSocket proxy) {
        this.http = http;
        this.proxy = proxy;
    }

    /** The canary of this JVM, started on first use. */
    public static Canary get() {
        started = true;
        return Holder.INSTANCE;
    }

    /** True when some test has started the canary in this JVM. */
    static boolean started() {
        return started;
    }

    /** An {@code http://127.0.0.1:port/…} address on the canary. */
    public String url(String path) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** The port of the door for JVM proxy settings. */
    public int proxyPort() {
        return proxy.getLocalPort();
    }

    /** JVM options that send every HTTP and HTTPS request of a child process to the canary. */
    public List<String> proxyOptions() {
        String port = Integer.toString(proxyPort());
        return List.of("-Djava.net.useSystemProxies=false",
                "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=" + port, "-Dhttp.nonProxyHosts=",
                "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + port,
                "-DsocksProxyHost=127.0.0.1", "-DsocksProxyPort=" + port);
    }

    /** Every request or connection seen so far, oldest first. */
    public List<String> hits() {
        return List.copyOf(hits);
    }

    /** A new canary, apart from the shared one; the canary's own test uses it to prove it counts. */
    static Canary open() {
        try {
            InetAddress loopback = InetAddress.getLoopbackAddress();
            HttpServer http = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
            ServerSocket proxy = new ServerSocket(0, 50, loopback);
            Canary canary = new Canary(http, proxy);
            http.createContext("/", exchange -> {
                canary.hits.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            });
            http.start();
            Thread door = new Thread(canary::acceptProxy, "canary-proxy");
            door.setDaemon(true);
            door.start();
            return canary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the canary server on loopback", e);
        }
    }

    /** Stops both doors. */
    void close() throws IOException {
        http.stop(0);
        proxy.close();
    }

    private void acceptProxy() {
        while (!proxy.isClosed()) {
            try (Socket s = proxy.accept()) {
                hits.add("proxy connection from port " + s.getPort());
            } catch (IOException e) {
                return;
            }
        }
    }
}
