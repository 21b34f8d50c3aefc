package org.opdl.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Lang;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.ReadException;
import org.opdl.validator.report.HtmlRenderer;
import org.opdl.validator.report.JsonRenderer;
import org.opdl.validator.report.Report;
import org.opdl.validator.report.SarifRenderer;
import org.opdl.validator.rules.BuiltInRules;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers the posts of the page: {@code /api/check} (the findings to show), {@code /api/report}
 * (the HTML, JSON or SARIF report to download) and {@code /api/convert} (the file in another
 * format), {@code /api/annotate} (a workbook with its findings in its cells) and {@code /api/match}
 * (the programs of a dataset that fit a producer's profile). Each holds its upload only while it answers, and at most {@code maxUploads} run at once.
 */
final class UploadHandler {

    /** The occurrences the page and its HTML report show per rule, as {@code opdl validate}'s default. */
    private static final int PER_RULE = 10;

    /** The media type of a workbook. */
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Path dir;
    private final Checker checker;
    private final MatchHandler matches;
    private final Semaphore slots;
    private final String version;

    UploadHandler(Path dir, ServeSettings settings, String version) {
        this.dir = dir;
        this.checker = new Checker(settings.limits());
        this.matches = new MatchHandler(checker);
        this.slots = new Semaphore(settings.maxUploads());
        this.version = version;
    }

    /** A response worked out while the upload was held, sent once its slot is free again. */
    @FunctionalInterface
    interface Reply {
        void send() throws IOException;
    }

    void handle(HttpExchange ex, String path) throws IOException {
        Query q = Query.of(ex.getRequestURI());
        Lang lang = q.lang(ex.getRequestHeaders().getFirst(BrowserLanguage.HEADER));
        if (!slots.tryAcquire()) {
            drainSome(ex.getRequestBody());
            Replies.problem(ex, 503, lang, "busy");
            return;
        }
        Reply reply;
        try {
            reply = work(ex, path, q, lang);
        } finally {
            slots.release();
        }
        reply.send();
    }

    private Reply work(HttpExchange ex, String path, Query q, Lang lang) throws IOException {
        if (form(ex.getRequestHeaders().getFirst("Content-Type"))) {
            drainSome(ex.getRequestBody());
            return () -> Replies.problem(ex, 415, lang, "sent.as.form");
        }
        long max = checker.limits().maxFileBytes();
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.matches("[0-9]{1,19}") && Long.parseLong(length) > max) {
            drainSome(ex.getRequestBody());
            return () -> Replies.problem(ex, 413, lang, "too.large", max);
        }
        String name = q.get("name", "upload");
        try (Upload upload = Upload.read(dir, name.isBlank() ? "upload" : name, ex.getRequestBody(), max)) {
            return switch (path) {
                case "/api/check" -> check(ex, lang, upload);
                case "/api/report" -> report(ex, q.get("format", "html"), lang, upload);
                case "/api/convert" -> convert(ex, q.get("to", ""), lang, upload);
                case "/api/annotate" -> annotate(ex, lang, upload);
                case "/api/match" -> matches.match(ex, q, lang, upload);
                default -> () -> Replies.problem(ex, 404, lang, "not.found");
            };
        } catch (Upload.TooLarge e) {
            drainSome(ex.getRequestBody());
            return () -> Replies.problem(ex, 413, lang, "too.large", max);
        }
    }

    private Reply check(HttpExchange ex, Lang lang, Upload upload) throws IOException {
        Report report = checker.validate(upload);
        ObjectNode o = Replies.JSON.createObjectNode();
        ObjectNode counts = o.putObject("counts");
        for (Severity s : Severity.values()) {
            counts.put(s.code(), report.count(s));
        }
        o.put("listings", report.listings());
        o.put("summary", PageWords.counts(lang, report.count(Severity.ERROR), report.count(Severity.WARNING),
                report.count(Severity.INFO), report.listings()));
        o.put("workbook", checker.workbook(upload));
        o.put("html", html(lang).fragment(report));
        return () -> Replies.json(ex, 200, o);
    }

    private Reply report(HttpExchange ex, String format, Lang lang, Upload upload) throws IOException {
        String base = stem(upload.name()) + "-report";
        StringWriter w = new StringWriter();
        String type;
        switch (format) {
            case "html" -> {
                html(lang).render(checker.validate(upload), w);
                type = "text/html; charset=utf-8";
            }
            case "json" -> {
                new JsonRenderer(lang).render(checker.validate(upload), w);
                type = "application/json; charset=utf-8";
            }
            case "sarif" -> {
                new SarifRenderer(lang, BuiltInRules.registry(), version).render(checker.validate(upload), w);
                type = "application/sarif+json; charset=utf-8";
            }
            default -> {
                return () -> Replies.problem(ex, 400, lang, "unknown.report");
            }
        }
        byte[] body = w.toString().getBytes(StandardCharsets.UTF_8);
        return () -> Replies.download(ex, type, base + "." + format, body);
    }

    private Reply convert(HttpExchange ex, String to, Lang lang, Upload upload) throws IOException {
        Optional<Format> target = Checker.named(to);
        if (target.isEmpty()) {
            return () -> Replies.problem(ex, 400, lang, "unknown.format", to);
        }
        Path out = Files.createTempFile(dir, "converted-", ".part");
        boolean handedOver = false;
        try {
            try (OutputStream stream = Files.newOutputStream(out)) {
                checker.convert(upload, target.get(), lang, stream);
            } catch (ReadException e) {
                return () -> Replies.problem(ex, 422, lang, "cannot.convert", e.location().describe(lang), e.text().in(lang),
                        e.fix().in(lang));
            }
            Format f = target.get();
            String name = stem(upload.name()) + "." + f.extensions().get(0);
            handedOver = true;
            return () -> {
                try {
                    Replies.download(ex, type(f), name, out);
                } finally {
                    Files.deleteIfExists(out);
                }
            };
        } finally {
            if (!handedOver) {
                Files.deleteIfExists(out);
            }
        }
    }

    private Reply annotate(HttpExchange ex, Lang lang, Upload upload) throws IOException {
        if (!checker.workbook(upload)) {
            return () -> Replies.problem(ex, 400, lang, "annotate.not.workbook");
        }
        Path out = Files.createTempFile(dir, "annotated-", ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(out)) {
                checker.annotate(upload, lang, stream);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(out);
            throw e;
        }
        return () -> {
            try {
                Replies.download(ex, XLSX, stem(upload.name()) + "-checked.xlsx", out);
            } finally {
                Files.deleteIfExists(out);
            }
        };
    }

    private HtmlRenderer html(Lang lang) {
        return new HtmlRenderer(lang, PER_RULE, version, LocalDate.now());
    }

    private static String type(Format f) {
        return switch (f.name()) {
            case "json", "jsonld" -> "application/json; charset=utf-8";
            case "ndjson" -> "application/x-ndjson; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            case "ttl" -> "text/turtle; charset=utf-8";
            case "nt" -> "application/n-triples; charset=utf-8";
            case "rdfxml" -> "application/rdf+xml; charset=utf-8";
            case "xlsx" -> XLSX;
            default -> "application/octet-stream";
        };
    }

    private static String stem(String name) {
        String safe = Replies.safeName(name);
        int dot = safe.lastIndexOf('.');
        return dot > 0 ? safe.substring(0, dot) : safe;
    }

    /** Reads up to a megabyte of a refused body, so that the browser gets the answer rather than a reset connection. */
    /**
     * True for a form's media type, whose body wraps the file in parts (boundaries, headers) that
     * would be read as the file's first row; the page sends the file itself.
     */
    private static boolean form(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.strip().toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded");
    }

    private static void drainSome(InputStream body) {
        try {
            byte[] b = new byte[1 << 16];
            long left = 1 << 20;
            int n;
            while (left > 0 && (n = body.read(b, 0, (int) Math.min(b.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // The client gave up first: nothing to tell it.
        }
    }
}
