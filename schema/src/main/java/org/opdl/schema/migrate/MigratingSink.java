package org.opdl.schema.migrate;

import java.util.ArrayList;
import java.util.List;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Text;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stands between a reader of any format and the next sink, and hands on the 0.2 form of each 0.1
 * listing and of the dataset's own fields ({@link Migration}). A file that declares another
 * version than 0.1, by its dataset's {@code standardVersion} or a listing's context, is refused
 * at that place: migrating a 0.2 listing would read its missing fees as "no fees", which it does
 * not say. A file that declares no version (most RDF and many spreadsheets) is read as 0.1, since
 * the user asked for its migration.
 */
public final class MigratingSink implements DatasetSink {

    private final String source;
    private final DatasetSink next;
    private final List<Text> changes = new ArrayList<>();

    /**
     * A sink that migrates what the reader of {@code source} finds and hands it to {@code next}.
     *
     * @param source the file's name as the user gave it, used in places
     */
    public MigratingSink(String source, DatasetSink next) {
        this.source = source;
        this.next = next;
    }

    /** What was changed so far, one line per change, in file order. */
    public List<Text> changes() {
        return List.copyOf(changes);
    }

    @Override
    public void dataset(ObjectNode fieldsBefore) {
        dataset(fieldsBefore, pointer -> new Location.Json(source, -1, pointer, 0, 0));
    }

    @Override
    public void dataset(ObjectNode fieldsBefore, SourceMap places) {
        next.dataset(fields(fieldsBefore, places), places);
    }

    @Override
    public void datasetEnd(ObjectNode fieldsAfter) {
        next.datasetEnd(fields(fieldsAfter, pointer -> new Location.Json(source, -1, pointer, 0, 0)));
    }

    @Override
    public void record(SourceRecord record) {
        requireOld(record.listing(), record.sourceMap());
        Migration.Result r = Migration.listing(record.listing(), "");
        r.changes().forEach(c -> changes.add(MigrateMessages.LISTING_CHANGE.text(record.index() + 1, c)));
        next.record(new SourceRecord(record.index(), (ObjectNode) r.document(), record.sourceMap(), record.notes()));
    }

    @Override
    public void note(Finding finding) {
        next.note(finding);
    }

    private ObjectNode fields(ObjectNode fields, SourceMap places) {
        requireOld(fields, places);
        Migration.Result r = Migration.datasetFields(fields);
        changes.addAll(r.changes());
        return (ObjectNode) r.document();
    }

    /** Refuses a listing or dataset that declares a version other than 0.1. */
    private static void requireOld(ObjectNode node, SourceMap places) {
        JsonNode version = node.get("standardVersion");
        if (version != null) {
            if (!version.isString()) {
                // A number such as 0.1 reads as the right version to a person, and as no version to the standard.
                throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, places.locate("/standardVersion"),
                        MigrateMessages.VERSION_NOT_TEXT.text(version.toString()), MigrateMessages.VERSION_NOT_TEXT_FIX.text(Migration.FROM));
            }
            // The version a dataset states is what it means; some readers supply the current context themselves.
            if (!(version.isString() && version.asString().equals(Migration.FROM))) {
                throw notOld(places.locate("/standardVersion"), version.isString() ? version.asString() : version.toString());
            }
            return;
        }
        JsonNode context = node.get("@context");
        if (context != null && context.isString() && !context.asString().isEmpty()
                && !context.asString().equals(Migration.CONTEXT_0_1)) {
            String found = context.asString().equals(StandardDefinition.contextIri()) ? StandardDefinition.version()
                    : context.asString();
            throw notOld(places.locate("/@context"), found);
        }
    }

    private static ReadException notOld(Location at, String found) {
        String now = StandardDefinition.version();
        boolean current = found.equals(now);
        return current
                ? new ReadException(ReaderRule.CONVERT_UNMAPPABLE, at, MigrateMessages.ALREADY_CURRENT.text(now),
                        MigrateMessages.ALREADY_CURRENT_FIX.text())
                : new ReadException(ReaderRule.CONVERT_UNMAPPABLE, at, MigrateMessages.OTHER_VERSION.text(found, Migration.FROM),
                        MigrateMessages.OTHER_VERSION_FIX.text(Migration.FROM));
    }
}
