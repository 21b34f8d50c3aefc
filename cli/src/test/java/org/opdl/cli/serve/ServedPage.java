package org.opdl.cli.serve;

import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opdl.cli.Main;
import org.opdl.schema.format.Limits;

/**
 * A local page for the serve tests, started before a test class's first test and closed after its
 * last: register it on a static field with {@code @RegisterExtension}. Nested classes share the
 * page of the class that registered it, so they see the same server, token and upload slots.
 */
final class ServedPage implements BeforeAllCallback, AfterAllCallback {

    private final ServeSettings settings;
    private LocalServer server;
    private Loopback client;
    private String startedFor;

    private ServedPage(ServeSettings settings) {
        this.settings = settings;
    }

    /** A page taking {@code maxUploads} uploads at once, within {@code limits}. */
    static ServedPage of(int maxUploads, Limits limits) {
        return new ServedPage(new ServeSettings(0, maxUploads, limits));
    }

    /** A page taking {@code maxUploads} uploads at once, within the default limits. */
    static ServedPage of(int maxUploads) {
        return of(maxUploads, Limits.DEFAULT);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (server == null) {
            server = LocalServer.start(settings, "test", Main::run);
            client = Loopback.of(server);
            startedFor = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getUniqueId().equals(startedFor)) {
            server.close();
            server = null;
            client = null;
        }
    }

    /** The running server, for its port, token and the files it holds. */
    LocalServer server() {
        return server;
    }

    /** A client posting as the page's own script does. */
    Loopback client() {
        return client;
    }
}
