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
 * Stands between a reader of any format and the next sink, and hands on the current form of each
 * listing and of the dataset's own fields. A file of 0.1 is migrated ({@link Migration}); a file
 * that declares no version (most RDF and many spreadsheets) is read as 0.1, since the user asked
 * for its migration. In both, and in a file already in the current version, each code the standard
 * deprecates in favour of another is replaced by it ({@link DeprecatedCodes}); a current file that
 * holds none is refused, as there is nothing to migrate. A file of any other version, or whose
 * listings declare two versions, is refused at the place of the declaration that does not fit:
 * migrating a 0.2 listing as 0.1 would read its missing fees as "no fees", which it does not say.
 */
public final class MigratingSink implements DatasetSink {

    private final String source;
    private final DatasetSink next;
    private final List<Text> changes = new ArrayList<>();
    /** The version the file declared first, or assumed once a listing declared none; null until then. */
    private String version;
    /** Where the file declared its version; null when it was assumed. */
    private Location declaredAt;
    /** True once the dataset or a listing declared a version. */
    private boolean declared;

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

    /** The version the file was read as: 0.1, or the current version when the file declared it. */
    public String from() {
        return version == null ? Migration.FROM : version;
    }

    /**
     * True when the file declared a version, in its dataset's fields or in a listing; false when
     * nothing in it did, so that it was read as 0.1 for want of a version.
     */
    public boolean declared() {
        return declared;
    }

    /**
     * Called once the whole file is read: refuses a file already in the current version in which no
     * deprecated code was replaced, since migrating it changes nothing.
     */
    public void finish() {
        if (current() && changes.isEmpty()) {
            String now = StandardDefinition.version();
            Location at = declaredAt == null ? new Location.Json(source, -1, "", 0, 0) : declaredAt;
            throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, at, MigrateMessages.ALREADY_CURRENT.text(now),
                    MigrateMessages.ALREADY_CURRENT_FIX.text());
        }
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
        declare(record.listing(), record.sourceMap());
        if (version == null) {
            version = Migration.FROM;
        }
        List<Text> own = new ArrayList<>();
        ObjectNode listing;
        if (current()) {
            listing = record.listing().deepCopy();
        } else {
            Migration.Result r = Migration.listing(record.listing(), "");
            listing = (ObjectNode) r.document();
            own.addAll(r.changes());
        }
        own.addAll(DeprecatedCodes.replace(listing, ""));
        own.forEach(c -> changes.add(MigrateMessages.LISTING_CHANGE.text(record.index() + 1, c)));
        next.record(new SourceRecord(record.index(), listing, record.sourceMap(), record.notes()));
    }

    @Override
    public void note(Finding finding) {
        next.note(finding);
    }

    private boolean current() {
        return StandardDefinition.version().equals(version);
    }

    private ObjectNode fields(ObjectNode fields, SourceMap places) {
        declare(fields, places);
        Migration.Result r = Migration.datasetFields(fields);
        changes.addAll(r.changes());
        return (ObjectNode) r.document();
    }

    /** Notes the version a listing or the dataset declares, refusing one other than 0.1 and the current one, or a second. */
    private void declare(ObjectNode node, SourceMap places) {
        JsonNode stated = node.get("standardVersion");
        String found;
        Location at;
        if (stated != null) {
            if (!stated.isString()) {
                // A number such as 0.1 reads as the right version to a person, and as no version to the standard.
                throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, places.locate("/standardVersion"),
                        MigrateMessages.VERSION_NOT_TEXT.text(stated.toString()), MigrateMessages.VERSION_NOT_TEXT_FIX.text(Migration.FROM));
            }
            // The version a dataset states is what it means; some readers supply the current context themselves.
            found = stated.asString();
            at = places.locate("/standardVersion");
        } else {
            JsonNode context = node.get("@context");
            if (context == null || !context.isString() || context.asString().isEmpty()) {
                return;
            }
            String iri = context.asString();
            found = iri.equals(Migration.CONTEXT_0_1) ? Migration.FROM
                    : iri.equals(StandardDefinition.contextIri()) ? StandardDefinition.version() : iri;
            at = places.locate("/@context");
        }
        declared = true;
        if (!found.equals(Migration.FROM) && !found.equals(StandardDefinition.version())) {
            throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, at, MigrateMessages.OTHER_VERSION.text(found, Migration.FROM),
                    MigrateMessages.OTHER_VERSION_FIX.text(Migration.FROM));
        }
        if (version == null) {
            version = found;
            declaredAt = at;
        } else if (!version.equals(found)) {
            throw new ReadException(ReaderRule.CONVERT_UNMAPPABLE, at, MigrateMessages.MIXED_VERSIONS.text(found, version),
                    MigrateMessages.MIXED_VERSIONS_FIX.text(Migration.FROM));
        }
    }
}
