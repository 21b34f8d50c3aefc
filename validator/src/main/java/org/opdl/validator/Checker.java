package org.opdl.validator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.field.FieldTree;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.schema.artifact.Artifact;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.validator.internal.schema.SchemaLayer;
import org.opdl.validator.rule.DatasetRule;
import org.opdl.schema.migrate.Migration;
import org.opdl.validator.rule.Emitter;
import org.opdl.validator.rule.Layer;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.Messages;
import org.opdl.validator.rule.RecordRule;
import org.opdl.validator.rule.RuleInfo;
import org.opdl.validator.rule.SchemaRule;
import org.opdl.validator.rule.RunMemo;
import org.opdl.validator.rule.Standard;
import org.opdl.validator.internal.memo.Lazy;
import org.opdl.validator.internal.schema.DatasetCheck;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies the layers to one listing and turns what rules report into findings. Safe to share
 * between worker threads: it holds only immutable configuration.
 *
 * <p>The checks of one listing run under {@link org.opdl.schema.format.Limits#recordTime()}: the
 * clock is read after the structure layer and then after every {@value #POLL} rules, never on a
 * thread of its own, so the cost is a few clock reads per listing. A listing past its time gets
 * {@code opdl.limit.time} and its remaining rules are skipped; the file goes on with the next one.
 * A single slow step is bounded by its own limit (pattern time, evaluation steps), so polling
 * between steps is enough to bound the whole.
 */
final class Checker {

    /** The id of the finding for a listing whose checks ran out of time. */
    static final String TIME = "opdl.limit.time";
    /** How many rules run between two readings of the clock. */
    private static final int POLL = 8;

    private final Standard standard;
    private final SchemaLayer schema;
    private final DatasetCheck datasetCheck;
    private final List<RecordRule> recordRules;
    private final List<DatasetRule> datasetRules;
    private final Messages messages;
    private final ValidationOptions options;
    private final long recordNanos;
    /** The 0.1 schemas, loaded only when a 0.1 file comes. */
    private final Lazy<Old> old;

    /** The frozen 0.1 schemas, against which files that declare 0.1 are checked. */
    private record Old(SchemaLayer listing, DatasetCheck dataset) {
    }

    private static final RuleInfo NEWER_FIELD = new RuleInfo(ReaderRule.VERSION_NEWER_FIELD.id(),
            ReaderRule.VERSION_NEWER_FIELD.severity(), Layer.STRUCTURE);
    private static final String UNKNOWN_PROPERTY = "opdl.structure.unknown-property";
    private static final String REQUIRED = "opdl.structure.required";
    /** An item's index in a pointer, as in /fees/0/amount/amount. */
    private static final Pattern ITEM_INDEX = Pattern.compile("/\\d+(?=/|$)");
    private static final String UNREADABLE_CELL = ReaderRule.CSV_UNREADABLE.id();

    /**
     * A checker of listings against the listing schema {@code schemaIri} and the dataset schema, whose
     * errors {@code schemaRules} explain, then with the record and dataset rules.
     */
    Checker(Standard standard, String schemaIri, List<RecordRule> recordRules, List<DatasetRule> datasetRules,
            List<SchemaRule> schemaRules, Messages messages, ValidationOptions options) {
        Duration regex = options.limits().regexTime();
        List<SchemaRule> rules = List.copyOf(schemaRules);
        this.standard = standard;
        this.schema = SchemaLayer.load(schemaIri, rules, regex);
        this.datasetCheck = new DatasetCheck(Artifact.DATASET_SCHEMA.iri(), rules, regex);
        this.recordRules = List.copyOf(recordRules);
        this.datasetRules = List.copyOf(datasetRules);
        this.messages = messages;
        this.options = options;
        this.recordNanos = options.limits().recordTime().toNanos();
        this.old = new Lazy<>(() -> new Old(SchemaLayer.load(SchemaLayer.LISTING_0_1, rules, regex),
                new DatasetCheck(DatasetCheck.DATASET_0_1, rules, regex)));
    }

    List<DatasetRule> datasetRules() {
        return datasetRules;
    }

    /** Lets the dataset rules prepare what they need from a listing, on the thread that checked it. */
    void prepareAcross(Listing listing) {
        for (DatasetRule rule : datasetRules) {
            rule.prepare(listing);
        }
    }

    /** Wraps a record for the rules; {@code memos} holds what the rules of its run remember. */
    Listing listing(SourceRecord record, RunMemo.Tables memos) {
        return new Listing(record.listing(), record.index(), options.asOf(), standard, record.sourceMap(), memos);
    }

    /**
     * The findings of one listing: the reader's notes, then structure, vocabulary and semantic rules.
     * For a listing of a file that declares version 0.1, {@code original} is checked
     * against the 0.1 schema, where a field of the current version is {@code opdl.version.newer-field};
     * the other rules check {@code listing}, its migrated form, so that they read it as 0.1 meant it.
     *
     * @param original the listing as the file gives it, or null for a listing of the current version
     */
    List<Finding> check(SourceRecord record, Listing listing, ObjectNode original) {
        long start = System.nanoTime();
        List<Finding> out = new ArrayList<>();
        Set<String> unreadable = null;
        for (Finding note : record.notes()) {
            Optional<Finding> kept = adjust(note);
            if (kept.isPresent()) {
                out.add(kept.get());
                if (note.ruleId().equals(UNREADABLE_CELL)) {
                    unreadable = unreadable == null ? new HashSet<>() : unreadable;
                    unreadable.add(note.location().pointer());
                }
            }
        }
        Emitter emitter = emitter(record.sourceMap(), out);
        if (unreadable != null) {
            emitter = withoutRequiredAt(unreadable, emitter);
        }
        if (original == null) {
            schema.check(listing, emitter);
        } else {
            Listing as01 = new Listing(original, listing.index(), options.asOf(), standard, record.sourceMap());
            old.get().listing().check(as01, newerFields(emitter, standard.fields()));
        }
        int ran = 0;
        for (RecordRule rule : recordRules) {
            if (ran % POLL == 0 && System.nanoTime() - start > recordNanos) {
                // Out of time: the finding names the listing and the option, and the other rules are skipped.
                finding(TIME, Severity.ERROR, "record", record.sourceMap().locate(""), listing.index() + 1,
                        options.limits().recordTime().toMillis()).ifPresent(out::add);
                break;
            }
            rule.check(listing, emitter);
            ran++;
        }
        return out;
    }

    /**
     * The rules' emitter, less the required-field finding at a cell the reader could not read and
     * left out: the reader's finding already names that cell, with what to write there, so the cell
     * is reported once.
     */
    private static Emitter withoutRequiredAt(Set<String> unreadable, Emitter out) {
        return (rule, variant, pointer, args) -> {
            // A cell of a group's column (Fee amount) is placed at the column, /fees/*/amount/amount.
            if (!(rule.id().equals(REQUIRED) && (unreadable.contains(pointer)
                    || unreadable.contains(ITEM_INDEX.matcher(pointer).replaceAll("/*"))))) {
                out.emit(rule, variant, pointer, args);
            }
        };
    }

    /** The findings about a dataset's own fields, placed by {@code places}; against the 0.1 schema when {@code declares01}. */
    List<Finding> checkDataset(ObjectNode fields, SourceMap places, boolean declares01) {
        List<Finding> out = new ArrayList<>(0);
        Emitter emitter = emitter(places, out);
        if (declares01) {
            old.get().dataset().check(fields, places, options.asOf(), newerFields(emitter, FieldTree.dataset()));
        } else {
            datasetCheck.check(fields, places, options.asOf(), emitter);
        }
        return out;
    }

    /**
     * The finding that a file is written for version 0.1 and was checked against it.
     *
     * @param at where the file says so
     * @param how what says so: the dataset's version or the context
     */
    Optional<Finding> versionFound(String source, Location at, String how) {
        return finding(ReaderRule.VERSION_FOUND.id(), ReaderRule.VERSION_FOUND.severity(), "", at,
                Migration.FROM, how, StandardDefinition.version(), source);
    }

    /** A finding of a rule with no listing to emit it for, worded by its templates, after the user's overrides. */
    private Optional<Finding> finding(String id, Severity severity, String variant, Location at, Object... args) {
        return adjust(new Finding(id, severity, at, Messages.format(messages.messageTemplate(id, variant), args),
                Messages.format(messages.fixTemplate(id, variant), args)));
    }

    /** Reports a field the 0.1 schema does not know but the current version defines as {@code opdl.version.newer-field}. */
    private static Emitter newerFields(Emitter out, FieldTree current) {
        return (rule, variant, pointer, args) -> {
            if (rule.id().equals(UNKNOWN_PROPERTY) && args.length > 0 && current.at(pointer).isPresent()) {
                out.emit(NEWER_FIELD, "", pointer, args[0], Migration.FROM, StandardDefinition.version());
            } else {
                out.emit(rule, variant, pointer, args);
            }
        };
    }

    /** The findings dataset rules make about a listing, given their per-file trackers. */
    List<Finding> checkAcross(SourceRecord record, Listing listing, List<DatasetRule.Tracker> trackers) {
        List<Finding> out = new ArrayList<>(0);
        Emitter emitter = emitter(record.sourceMap(), out);
        for (DatasetRule.Tracker t : trackers) {
            t.check(listing, emitter);
        }
        return out;
    }

    /** A finding that came from elsewhere (a reader), with the user's severity overrides applied. */
    Optional<Finding> adjust(Finding f) {
        if (options.disabled().contains(f.ruleId())) {
            return Optional.empty();
        }
        Severity s = options.severities().get(f.ruleId());
        return Optional.of(s == null ? f : f.withSeverity(s));
    }

    /** A finding for a rule with no listing, such as a syntax error that stopped a file. */
    Finding fileFinding(String ruleId, Severity severity, Location location, Text message, Text fix) {
        Severity s = options.severities().getOrDefault(ruleId, severity);
        return new Finding(ruleId, s, location, message, fix);
    }

    private Emitter emitter(SourceMap map, List<Finding> out) {
        Map<String, Severity> overrides = options.severities();
        Set<String> disabled = options.disabled();
        return (RuleInfo rule, String variant, String pointer, Object... args) -> {
            if (disabled.contains(rule.id())) {
                return;
            }
            Text message = map.terms(Messages.format(messages.messageTemplate(rule.id(), variant), args), pointer);
            Text fix = map.terms(Messages.format(messages.fixTemplate(rule.id(), variant), args), pointer);
            Severity severity = overrides.getOrDefault(rule.id(), rule.severity());
            out.add(new Finding(rule.id(), severity, map.locate(pointer), message, fix));
        };
    }
}
