package org.opdl.cli.serve;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opdl.schema.format.Limits;

/**
 * One Chromium and one {@code opdl serve} shared by every browser test of a run, closed once at the
 * end. Playwright for Java runs without its driver-bundle: its driver is npm {@code playwright-core}
 * from {@code cli/src/test/browser} (run {@code npm ci} there), run by the machine's Node, and it
 * drives the system's Chromium. When one of the three is missing, the tests are skipped with the
 * reason printed and in the report: a skip is never counted as a pass.
 */
final class BrowserSession implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    static final Path NPM = ROOT.resolve("cli/src/test/browser/node_modules");
    /** The upload limit of the shared server: above every example, low enough to test the refusal quickly. */
    static final long MAX_BYTES = 1_000_000;

    private final Path driverDir;
    private final Playwright playwright;
    private final Browser browser;
    private final LocalServer server;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final long started = System.nanoTime();

    private BrowserSession(String node, Path chromium) throws IOException {
        // Playwright looks for <dir>/package/cli.js: the npm package is linked there, nothing is copied.
        driverDir = Files.createTempDirectory("opdl-playwright-");
        Files.createSymbolicLink(driverDir.resolve("package"), NPM.resolve("playwright-core").toAbsolutePath());
        System.setProperty("playwright.cli.dir", driverDir.toString());
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                "PLAYWRIGHT_NODEJS_PATH", node, "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // Names under .example reach the loopback address: the wrong-Host and foreign-site cases need no network.
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium)
                .setArgs(List.of("--host-resolver-rules=MAP *.example 127.0.0.1")));
        server = LocalServer.start(new ServeSettings(0, 4, Limits.DEFAULT.withMaxFileBytes(MAX_BYTES)), "test",
                org.opdl.cli.Main::run);
    }

    /** Why the browser tests cannot run here, or empty when they can. */
    static Optional<String> missing() {
        if (!Files.isRegularFile(NPM.resolve("playwright-core/cli.js")) || !Files.isDirectory(NPM.resolve("axe-core"))) {
            return Optional.of("cli/src/test/browser/node_modules is missing; run 'npm ci' in cli/src/test/browser");
        }
        if (node().isEmpty()) {
            return Optional.of("Node.js is not on the PATH (nor in PLAYWRIGHT_NODEJS_PATH)");
        }
        if (!Files.isExecutable(chromium())) {
            return Optional.of("no Chromium at " + chromium() + "; install the chromium package or set -Dopdl.chromium");
        }
        return Optional.empty();
    }

    static Path chromium() {
        return Path.of(System.getProperty("opdl.chromium", "/usr/bin/chromium"));
    }

    private static Optional<String> node() {
        String given = System.getenv("PLAYWRIGHT_NODEJS_PATH");
        if (given != null && Files.isExecutable(Path.of(given))) {
            return Optional.of(given);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "node");
            if (Files.isExecutable(p)) {
                return Optional.of(p.toAbsolutePath().toString());
            }
        }
        return Optional.empty();
    }

    LocalServer server() {
        return server;
    }

    Browser browser() {
        return browser;
    }

    /** The page in {@code lang} ("en" or "fr") in a fresh context of the given width; its requests are counted. */
    Page open(String lang, int width) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, 900)
                .setAcceptDownloads(true).setLocale(lang.equals("fr") ? "fr-CA" : "en-CA"));
        context.setDefaultTimeout(15_000);
        context.onRequest(r -> requests.add(r.url()));
        contexts.add(context);
        Page page = context.newPage();
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.navigate(server.url() + "?lang=" + lang);
        return page;
    }

    /** The messages of the dialogs the pages opened: none, unless a file's text ran as a script. */
    List<String> dialogs() {
        return List.copyOf(dialogs);
    }

    /** Every request the counted pages made, in order. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    /** The requests that went anywhere but the tool: its own address, or a download it handed to the browser. */
    List<String> foreign() {
        String self = server.url();
        return requests.stream().filter(u -> !u.startsWith(self) && !u.startsWith("blob:" + self)).toList();
    }

    @Override
    public void close() throws IOException {
        System.out.printf("browser tests: %d requests from the page, %d elsewhere; %.1f s with one Chromium and one server%n",
                requests.size(), foreign().size(), (System.nanoTime() - started) / 1e9);
        for (BrowserContext c : contexts) {
            c.close();
        }
        browser.close();
        playwright.close();
        server.close();
        Files.deleteIfExists(driverDir.resolve("package"));
        Files.deleteIfExists(driverDir);
    }

    /**
     * Starts the session once for the run, or skips each test with the reason, printed once per class:
     * skipped tests are counted as such, which a skipped class is not.
     */
    static final class Extension implements BeforeEachCallback, ParameterResolver {

        private static final Set<String> TOLD = ConcurrentHashMap.newKeySet();

        @Override
        public void beforeEach(ExtensionContext context) {
            Optional<String> missing = missing();
            String owner = context.getRequiredTestClass().getSimpleName();
            if (missing.isPresent() && TOLD.add(owner)) {
                System.err.println("SKIPPED browser tests (" + owner + "): " + missing.get());
            }
            assumeTrue(missing.isEmpty(), () -> "SKIPPED browser tests: " + missing.orElse(""));
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == BrowserSession.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            return e.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(BrowserSession.class, k -> {
                try {
                    return new BrowserSession(node().orElseThrow(), chromium());
                } catch (IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }, BrowserSession.class);
        }
    }
}
