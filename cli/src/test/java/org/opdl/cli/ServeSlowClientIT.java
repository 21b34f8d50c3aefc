package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("opdl serve, built, goes on answering while clients send half a request and stop")
class ServeSlowClientIT {

    @Test
    @DisplayName("a dozen connections that never finish their headers do not stop the page answering, and are dropped in time")
    void halfRequests() throws Exception {
        Process p = Cli.startJar(List.of(), List.of(), Map.of(), "serve", "--port", "0", "--lang", "en");
        List<Socket> slow = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String ready = lines.readLine();
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(ready == null ? "" : ready);
            assertThat(m.find()).as(String.valueOf(ready)).isTrue();
            int port = Integer.parseInt(m.group(1));
            String host = "Host: 127.0.0.1:" + port + "\r\n";
            for (int i = 0; i < 12; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
                s.getOutputStream().write(("GET / HTTP/1.1\r\n" + host).getBytes(StandardCharsets.US_ASCII));
                s.getOutputStream().flush();
                slow.add(s);
            }
            long start = System.nanoTime();
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                s.setSoTimeout(20_000);
                s.getOutputStream().write(("GET / HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(s.getInputStream().readNBytes(15), StandardCharsets.US_ASCII);
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
                assertThat(answer).startsWith("HTTP/1.1 200");
                assertThat(seconds).as("seconds before the page answered").isLessThan(10);
            }
            Socket first = slow.get(0);
            first.setSoTimeout(90_000);
            InputStream in = first.getInputStream();
            assertThat(in.read()).as("the half request was dropped by the server").isEqualTo(-1);
        } finally {
            for (Socket s : slow) {
                s.close();
            }
            p.destroy();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
