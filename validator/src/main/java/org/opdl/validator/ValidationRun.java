package org.opdl.validator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Severity;
import org.opdl.model.finding.Location;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.ListingReader;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.migrate.Migration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.opdl.validator.report.Report;
import org.opdl.validator.report.ReportBuilder;
import org.opdl.validator.rule.DatasetRule;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.Rule;
import org.opdl.validator.rule.RuleRegistry;
import org.opdl.validator.rule.RunMemo;

/**
 * One validation run over one or more files. Listings stream through a bounded pipeline: the
 * reader hands records over in batches, a pool of worker threads checks them, and the calling thread
 * takes the results back in file order, applies the rules that compare listings, and adds the
 * findings to the report. At most a few batches are in flight, so memory does not grow with the
 * size of the file. Not thread-safe: one thread drives a run.
 */
public final class ValidationRun implements AutoCloseable {

    /**
     * Listings handed to a worker at once. Small batches keep few listings alive between
     * collections: with 128, each young collection copied several hundred listings and took a
     * sixth of a run's time; 32 still makes the hand-over cost nothing.
     */
    private static final int BATCH = 32;

    private final Checker checker;
    private final RuleRegistry registry;
    private final ReportBuilder report;
    private final ExecutorService pool;
    private final int maxInFlight;
    /** What the rules remember across the listings of this run, shared by its workers. */
    private final RunMemo.Tables memos = new RunMemo.Tables();

    private record Checked(SourceRecord record, Listing listing, List<Finding> findings) {
    }

    /** A listing to check; {@code original} is the 0.1 listing as the file gives it, when {@code record} is its migrated form. */
    private record Item(SourceRecord record, ObjectNode original) {
    }

    /**
     * Receives each listing once it is checked, in file order, with every finding about it (its own
     * and those that compare it with earlier listings). The landscape report is made this way, in the
     * same pass as the validation.
     */
    @FunctionalInterface
    public interface ListingObserver {
        /** One listing and its findings. */
        void checked(Listing listing, List<Finding> findings);
    }

    private ListingObserver observer = (listing, findings) -> { };

    ValidationRun(Checker checker, ValidationOptions options, RuleRegistry registry) {
        this.checker = checker;
        this.registry = registry;
        this.report = new ReportBuilder(options.asOf(), options.maxPerRule(),
                registry.all().stream().map(Rule::id).toList());
        this.pool = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "opdl-validate");
            t.setDaemon(true);
            return t;
        }) : null;
        this.maxInFlight = Math.max(2, options.threads() * 3);
    }

    /**
     * Checks every listing of a file as the reader produces it. A syntax error that stops the reader
     * becomes a finding; the listings read before it are still checked.
     *
     * @param source the file's name as the user gave it
     * @param reader the reader for the file's format
     * @param in the file's bytes
     * @throws IOException when the file cannot be read
     */
    public void file(String source, ListingReader reader, InputStream in) throws IOException {
        FileState state = new FileState(source);
        DatasetFields dataset = new DatasetFields(source, state);
        ReadException stopped = null;
        try {
            // With a pool of checkers, every processor is already at work: the file is parsed on this thread.
            (pool == null ? reader : reader.onOneThread()).read(source, in, dataset);
        } catch (ReadException e) {
            stopped = e;
        }
        state.finish();
        dataset.check();
        if (stopped != null) {
            Severity severity = registry.get(stopped.ruleId()).map(r -> r.info().severity()).orElse(Severity.ERROR);
            report.add(checker.fileFinding(stopped.ruleId(), severity, stopped.location(), stopped.text(), stopped.fix()));
        }
        state.versionFound();
        report.endFile(state.listings, stopped == null);
    }

    /** Checks listings that are already in memory, as one file; tests and embedders use this. */
    public void records(String source, Iterable<SourceRecord> records) {
        FileState state = new FileState(source);
        records.forEach(state::accept);
        state.finish();
        state.versionFound();
        report.endFile(state.listings, true);
    }

    /** The report of every file checked so far. */
    public Report finish() {
        return report.build();
    }

    /** Hands every listing checked from now on to {@code o}, on the thread that drives the run. */
    public ValidationRun observe(ListingObserver o) {
        this.observer = Objects.requireNonNull(o, "observer");
        return this;
    }

    /** Stops the worker threads. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /**
     * Hands a file's listings and notes on, and keeps the dataset's own fields, which are checked
     * once the file is read: JSON places them by line and column; formats whose readers keep no
     * places for them name each by its pointer.
     */
    private final class DatasetFields implements DatasetSink {
        private final String source;
        private final FileState state;
        private ObjectNode fields;
        private SourceMap places;

        DatasetFields(String source, FileState state) {
            this.source = source;
            this.state = state;
        }

        @Override
        public void record(SourceRecord record) {
            state.accept(record);
        }

        @Override
        public void note(Finding finding) {
            checker.adjust(finding).ifPresent(report::add);
        }

        @Override
        public void dataset(ObjectNode fieldsBefore) {
            dataset(fieldsBefore, pointer -> new Location.Json(source, -1, pointer, 0, 0));
        }

        @Override
        public void dataset(ObjectNode fieldsBefore, SourceMap map) {
            fields = fieldsBefore.deepCopy();
            places = map;
            if (Migration.declaredVersion(fields).filter(Migration.FROM::equals).isPresent()) {
                boolean stated = fields.has("standardVersion");
                state.declares01(map.locate(stated ? "/standardVersion" : "/@context"),
                        stated ? "standardVersion " + Migration.FROM : Migration.CONTEXT_0_1);
            }
        }

        @Override
        public void datasetEnd(ObjectNode fieldsAfter) {
            if (fields == null) {
                dataset(JsonNodeFactory.instance.objectNode());
            }
            fieldsAfter.properties().forEach(e -> fields.putIfAbsent(e.getKey(), e.getValue()));
        }

        void check() {
            if (fields != null) {
                checker.checkDataset(fields, places, state.declares01).forEach(report::add);
            }
        }
    }

    private final class FileState {
        final ArrayDeque<Future<List<Checked>>> inFlight = new ArrayDeque<>();
        final List<DatasetRule.Tracker> trackers = new ArrayList<>();
        final String source;
        List<Item> batch = new ArrayList<>(BATCH);
        long listings;
        /** True when the file declares version 0.1 for all its listings, by its dataset's fields. */
        boolean declares01;
        /** Where the file first says it is written for 0.1, and how; null while it has not. */
        Location versionAt;
        String versionHow;

        FileState(String source) {
            this.source = source;
            report.startFile(source);
            checker.datasetRules().forEach(r -> trackers.add(r.newTracker()));
        }

        void declares01(Location at, String how) {
            declares01 = true;
            if (versionAt == null) {
                versionAt = at;
                versionHow = how;
            }
        }

        /** Reports, once per file, that it is written for 0.1 and was checked against it. */
        void versionFound() {
            if (versionAt != null) {
                checker.versionFound(source, versionAt, versionHow).ifPresent(report::add);
            }
        }

        void accept(SourceRecord record) {
            JsonNode context = record.listing().get("@context");
            boolean own = context != null && context.isString() && context.asString().equals(Migration.CONTEXT_0_1);
            if (own && versionAt == null) {
                versionAt = record.sourceMap().locate("/@context");
                versionHow = Migration.CONTEXT_0_1;
            }
            if (declares01 || own) {
                // The rules read the listing as 0.1 meant it; the 0.1 schema checks it as the file gives it.
                ObjectNode migrated = (ObjectNode) Migration.listing(record.listing(), "").document();
                batch.add(new Item(new SourceRecord(record.index(), migrated, record.sourceMap(), record.notes()), record.listing()));
            } else {
                batch.add(new Item(record, null));
            }
            listings++;
            if (batch.size() >= BATCH) {
                submit();
            }
        }

        void submit() {
            List<Item> mine = batch;
            batch = new ArrayList<>(BATCH);
            if (pool == null) {
                consume(check(mine));
                return;
            }
            inFlight.add(pool.submit(() -> check(mine)));
            while (inFlight.size() > maxInFlight || !inFlight.isEmpty() && inFlight.peek().isDone()) {
                consume(await(inFlight.poll()));
            }
        }

        void finish() {
            if (!batch.isEmpty()) {
                submit();
            }
            while (!inFlight.isEmpty()) {
                consume(await(inFlight.poll()));
            }
        }

        List<Checked> check(List<Item> items) {
            List<Checked> out = new ArrayList<>(items.size());
            for (Item item : items) {
                SourceRecord r = item.record();
                Listing listing = checker.listing(r, memos);
                List<Finding> findings = checker.check(r, listing, item.original());
                checker.prepareAcross(listing);
                out.add(new Checked(r, listing, findings));
            }
            return out;
        }

        void consume(List<Checked> checked) {
            for (Checked c : checked) {
                c.findings().forEach(report::add);
                List<Finding> across = checker.checkAcross(c.record(), c.listing(), trackers);
                across.forEach(report::add);
                if (across.isEmpty()) {
                    observer.checked(c.listing(), c.findings());
                } else {
                    List<Finding> all = new ArrayList<>(c.findings());
                    all.addAll(across);
                    observer.checked(c.listing(), all);
                }
            }
        }
    }

    private static List<Checked> await(Future<List<Checked>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("validation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof java.lang.Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
