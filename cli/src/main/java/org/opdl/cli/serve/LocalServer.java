package org.opdl.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.opdl.model.text.Lang;
import org.opdl.validator.report.ReportWords;

/**
 * The local page's server: the JDK's HTTP server on the loopback address, a fresh token and a
 * private temporary directory per start, and one handler that checks every request with the
 * {@link Guard} before routing it. Nothing is logged. {@link #close} stops it and removes the directory.
 */
public final class LocalServer implements AutoCloseable {

    /** Seconds a client may take to send a whole request: a large upload over the loopback takes far less. */
    static final int REQUEST_SECONDS = 60;
    private static final String REQUEST_TIME_PROPERTY = "sun.net.httpserver.maxReqTime";

    private final HttpServer server;
    private final ExecutorService workers;
    private final Path dir;
    private final Guard guard;
    private final UploadHandler uploads;
    private final LookupHandler lookups;
    private final String version;
    private final byte[] script;
    private final byte[] style;

    private LocalServer(ServeSettings settings, String version, Tool tool) throws IOException {
        this.version = version;
        this.dir = privateDirectory();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 64);
        byte[] token = new byte[32];
        new SecureRandom().nextBytes(token);
        this.guard = new Guard(server.getAddress().getPort(), HexFormat.of().formatHex(token));
        this.uploads = new UploadHandler(dir, settings, version);
        this.lookups = new LookupHandler(tool);
        this.script = resource("app.js");
        this.style = (ReportWords.css() + new String(resource("app.css"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        // A thread per request, not a fixed few: the JDK reads a request's headers on the worker, so a
        // fixed pool is held by a few clients that send half a request and stop, and the page no longer
        // answers. The uploads' own slots bound the work; the request time bounds the waiting threads.
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "opdl-serve");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
    }

    /**
     * Starts a server; its address is {@link #url()}.
     *
     * @param version the tool's version, shown on the page and in reports
     * @param tool the tool itself, which answers the classifier and the lookup
     */
    public static LocalServer start(ServeSettings settings, String version, Tool tool) throws IOException {
        boundRequestTime();
        LocalServer s = new LocalServer(settings, version, tool);
        s.server.start();
        return s;
    }

    /**
     * Makes the JDK's server drop a request whose headers and body have not all come within
     * {@value #REQUEST_SECONDS} seconds. By default it waits for ever, so a few clients that send half a
     * request and stop hold every worker and the page stops answering. The JDK reads the setting once,
     * when its first server starts; one given on the command line is kept.
     */
    private static void boundRequestTime() {
        if (System.getProperty(REQUEST_TIME_PROPERTY) == null) {
            System.setProperty(REQUEST_TIME_PROPERTY, String.valueOf(REQUEST_SECONDS));
        }
    }

    /** The page's address, such as {@code http://127.0.0.1:8717/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** The port listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The token of this start, which posts carry in {@value Guard#TOKEN_HEADER}; tests read it here. */
    public String token() {
        return guard.token();
    }

    /** How many files the server holds at this moment: 0 whenever no upload is being answered. */
    long filesHeld() throws IOException {
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Lang lang = Query.of(ex.getRequestURI()).lang(ex.getRequestHeaders().getFirst(BrowserLanguage.HEADER));
            Optional<String> refusal = guard.refusal(ex.getRequestMethod(), ex.getRequestHeaders());
            if (refusal.isPresent()) {
                Replies.problem(ex, refusal.get().equals("refused.method") ? 405 : 403, lang, refusal.get());
                return;
            }
            String path = ex.getRequestURI().getPath();
            try {
                route(ex, path, lang);
            } catch (IOException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                // The file broke something the limits did not foresee: say so plainly, keep serving.
                Replies.problem(ex, 500, lang, "failed");
            }
        }
    }

    private void route(HttpExchange ex, String path, Lang lang) throws IOException {
        if ("POST".equals(ex.getRequestMethod())) {
            uploads.handle(ex, path);
            return;
        }
        switch (path) {
            case "/", "/index.html" -> Replies.text(ex, 200, "text/html", Page.render(lang, guard.token(), version));
            case "/app.js" -> Replies.send(ex, 200, "text/javascript; charset=utf-8", script);
            case "/app.css" -> Replies.send(ex, 200, "text/css; charset=utf-8", style);
            case "/api/classify", "/api/vocab" -> lookups.handle(ex, path);
            case TemplateDownload.PATH -> TemplateDownload.send(ex, lang);
            default -> Replies.problem(ex, 404, lang, "not.found");
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // The system's temporary folder is cleaned on its own; nothing of the uploads is in it by now.
        }
    }

    private static Path privateDirectory() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory("opdl-serve-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory("opdl-serve-");
    }

    private static byte[] resource(String name) {
        try (InputStream in = LocalServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
