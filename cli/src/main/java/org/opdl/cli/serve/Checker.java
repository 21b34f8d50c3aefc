package org.opdl.cli.serve;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.opdl.cli.option.InputOptions;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.format.WriteOptions;
import org.opdl.schema.xlsx.WorkbookAnnotator;
import org.opdl.schema.xlsx.WorkbookAnnotator.Annotation;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.report.Report;
import org.opdl.validator.report.RuleGroup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks and converts uploads with the command line's own readers, validator and writers, under
 * the same limits. The format of an upload is told as the command line tells it: by the file's
 * extension, else by its first bytes.
 *
 * @param limits the limits every upload is read under
 */
record Checker(Limits limits) {


    /** The findings per rule an annotated workbook keeps, as {@code validate --annotate}. */
    static final int KEPT = 10_000;

    /** Validates one upload as of today. */
    Report validate(Upload upload) throws IOException {
        return validate(upload, ValidationOptions.DEFAULT_MAX_PER_RULE);
    }

    /**
     * Writes a copy of an uploaded workbook with its findings as cell notes, as {@code validate --annotate}
     * does: every finding kept (up to {@value #KEPT} per rule), not only those a report shows.
     */
    void annotate(Upload upload, Lang lang, OutputStream out) throws IOException {
        List<Annotation> notes = new ArrayList<>();
        for (RuleGroup g : validate(upload, KEPT).groups()) {
            for (Occurrence o : g.shown()) {
                if (o.finding().location().source().equals(upload.name())) {
                    notes.add(new Annotation(o.finding(), o.listings()));
                }
            }
        }
        notes.sort(Comparator.comparingLong(n -> n.finding().location() instanceof Location.Cell c ? c.row() : -1));
        WorkbookAnnotator.annotate(Files.readAllBytes(upload.file()), notes, lang, out);
    }

    /** Whether an upload is a workbook, told as its format is: by extension, else by its first bytes. */
    boolean workbook(Upload upload) throws IOException {
        try (BufferedInputStream in = open(upload)) {
            return format(upload.name(), in).name().equals("xlsx");
        }
    }

    private Report validate(Upload upload, int perRule) throws IOException {
        Validator validator = Validator.standard(ValidationOptions.defaults(LocalDate.now()).withLimits(limits).withMaxPerRule(perRule));
        try (ValidationRun run = validator.start(); BufferedInputStream in = open(upload)) {
            run.file(upload.name(), format(upload.name(), in).reader(limits), in);
            return run.finish();
        }
    }

    /** Converts one upload to {@code target}, writing {@code out}; a listing that cannot be mapped throws. */
    long convert(Upload upload, Format target, Lang lang, OutputStream out) throws IOException {
        Conversion.Session session = Conversion.start(out, target, new WriteOptions(lang, true), f -> { });
        try (BufferedInputStream in = open(upload)) {
            session.add(upload.name(), in, format(upload.name(), in), limits);
        }
        return session.finish().listings();
    }

    /** Reads one upload, handing its dataset fields to {@code dataset} and each listing to {@code listings}; what cannot be read throws. */
    void read(Upload upload, Consumer<ObjectNode> dataset,
            Consumer<JsonNode> listings) throws IOException {
        try (BufferedInputStream in = open(upload)) {
            format(upload.name(), in).reader(limits).read(upload.name(), in, new DatasetSink() {
                @Override
                public void dataset(ObjectNode fields) {
                    dataset.accept(fields);
                }

                @Override
                public void record(SourceRecord record) {
                    listings.accept(record.listing());
                }

                @Override
                public void note(Finding finding) {
                    // Matching reads what it can, as opdl match does.
                }
            });
        }
    }

    /** The format named, if it is one. */
    static Optional<Format> named(String name) {
        return Formats.named(name);
    }

    private static BufferedInputStream open(Upload upload) throws IOException {
        InputStream raw = Files.newInputStream(upload.file());
        return new BufferedInputStream(raw, 1 << 16);
    }

    /** The upload's format, told as for a file on the command line: by its name's extension, else by its content. */
    private static Format format(String name, BufferedInputStream in) throws IOException {
        return InputOptions.of(null, lastSegment(name), in);
    }

    private static String lastSegment(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_");
        return n.isEmpty() ? "upload" : n;
    }
}
