package org.opdl.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opdl.cli.Main;
import org.opdl.schema.format.Limits;

@DisplayName("opdl serve under load, on the loopback address only")
class ServeLoadTest {

    private static final Path ROOT = Path.of(System.getProperty("opdl.root", ".."));
    private static final int FILES = 200;
    private static final int AT_ONCE = 10;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    @DisplayName("200 files of mixed formats, 10 at a time, hostile ones among them: no request fails and the server keeps serving")
    void twoHundredFiles() throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Stream<Path> s = Stream.concat(Files.list(ROOT.resolve("docs/examples")), Files.list(ROOT.resolve("docs/examples/invalid")))) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".md")).sorted().toList()) {
                bodies.add(Files.readAllBytes(p));
                names.add(p.getFileName().toString());
            }
        }
        bodies.add(("[" + "[".repeat(100_000) + "]".repeat(100_000) + "]").getBytes(StandardCharsets.UTF_8));
        names.add("deep.json");
        bodies.add("PK\u0003\u0004not a workbook".getBytes(StandardCharsets.ISO_8859_1));
        names.add("broken.xlsx");
        bodies.add("@prefix : <x> . :a :b \"unterminated".getBytes(StandardCharsets.UTF_8));
        names.add("broken.ttl");
        bodies.add(("{\"title\": \"" + "\u202e".repeat(10_000) + "<script>\"}\n").getBytes(StandardCharsets.UTF_8));
        names.add("../../<b>odd\r\nname.ndjson");
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heapBefore = rt.totalMemory() - rt.freeMemory();
        long[] latencies = new long[FILES];
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        long peakHeap = heapBefore;
        try (LocalServer server = LocalServer.start(new ServeSettings(0, AT_ONCE, Limits.DEFAULT), "load", Main::run)) {
            Loopback client = Loopback.of(server);
            ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < FILES; i++) {
                int n = i;
                done.add(pool.submit(() -> {
                    int k = n % bodies.size();
                    String path = (n % 5 == 4 ? "/api/report?format=html&name=" : "/api/check?name=")
                            + java.net.URLEncoder.encode(names.get(k), StandardCharsets.UTF_8);
                    long t = System.nanoTime();
                    HttpResponse<byte[]> r = client.post(path, bodies.get(k));
                    latencies[n] = System.nanoTime() - t;
                    statuses.add(r.statusCode());
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
                peakHeap = Math.max(peakHeap, rt.totalMemory() - rt.freeMemory());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            assertThat(statuses).hasSize(FILES).allMatch(s -> s == 200);
            assertThat(client.get("/").statusCode()).isEqualTo(200);
            assertThat(client.post("/api/check?name=bad-email.json", ROOT.resolve("docs/examples/invalid/bad-email.json"))
                    .statusCode()).isEqualTo(200);
            assertThat(server.filesHeld()).isZero();
            long[] sorted = latencies.clone();
            java.util.Arrays.sort(sorted);
            System.out.println(String.format(Locale.ROOT,
                    "serve load: %d files (%d kinds, 4 hostile), %d at a time: %.1f s, %.1f files/s, latency p50 %d ms, p95 %d ms, "
                            + "max %d ms; heap used before %d MB, peak seen %d MB (max heap %d MB)",
                    FILES, bodies.size(), AT_ONCE, seconds, FILES / seconds, sorted[FILES / 2] / 1_000_000,
                    sorted[FILES * 95 / 100] / 1_000_000, sorted[FILES - 1] / 1_000_000, heapBefore >> 20, peakHeap >> 20,
                    rt.maxMemory() >> 20));
        }
    }

}
