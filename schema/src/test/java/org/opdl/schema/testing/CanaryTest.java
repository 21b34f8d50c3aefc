package org.opdl.schema.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URLConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The canary server counts what reaches it, so that a count of zero means something")
class CanaryTest {

    private Canary canary;

    @BeforeEach
    void open() {
        canary = Canary.open();
    }

    @AfterEach
    void close() throws IOException {
        canary.close();
    }

    @Test
    @DisplayName("counts a plain request to one of its addresses")
    void countsRequests() {
        catchThrowable(() -> fetch(URI.create(canary.url("/contexts/evil.jsonld")).toURL().openConnection()));
        assertThat(canary.hits()).containsExactly("GET /contexts/evil.jsonld");
    }

    @Test
    @DisplayName("counts an HTTPS request sent through it as a proxy, which opens with CONNECT")
    void countsProxiedHttps() throws Exception {
        Proxy proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", canary.proxyPort()));
        catchThrowable(() -> fetch(URI.create("https://w3id.org/opdl/context.jsonld").toURL().openConnection(proxy)));
        for (int i = 0; i < 50 && canary.hits().isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertThat(canary.hits()).singleElement().asString().startsWith("proxy connection");
    }

    @Test
    @DisplayName("gives JVM options that route HTTP, HTTPS and SOCKS to its proxy door")
    void proxyOptions() {
        assertThat(canary.proxyOptions()).contains("-Dhttps.proxyHost=127.0.0.1",
                "-Dhttps.proxyPort=" + canary.proxyPort(), "-Dhttp.proxyPort=" + canary.proxyPort());
    }

    private static void fetch(URLConnection c) throws IOException {
        c.setConnectTimeout(2000);
        c.setReadTimeout(2000);
        try (InputStream in = c.getInputStream()) {
            in.readAllBytes();
        }
    }
}
