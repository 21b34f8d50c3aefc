package org.opdl.schema.json;

import org.opdl.model.finding.Location;
import org.opdl.schema.format.SourceMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The source map of one NDJSON line, worked out only when a finding asks for a place inside the
 * listing. Most listings have no finding, and keeping every value's position while reading cost as
 * much as reading itself; a line is short, so reading it again for the few that need it is cheap.
 * The whole listing's place is known from the first read. Safe to share between threads.
 */
final class LineSourceMap implements SourceMap {

    private final JsonFactory factory;
    private final String source;
    private final int record;
    private final long lineNumber;
    private final long column;
    private final byte[] line;
    private final long start;
    private volatile SourceMap exact;

    /**
     * @param line the line's bytes, a copy the map may keep
     * @param start the packed position where the listing's object starts
     */
    LineSourceMap(JsonFactory factory, String source, int record, long lineNumber, byte[] line, long start) {
        this(factory, source, record, lineNumber, 1, line, start);
    }

    /**
     * The map of a listing whose text starts at {@code column} of line {@code lineNumber} and may run
     * over several lines, as one listing of a JSON array does.
     *
     * @param text the listing's bytes, a copy the map may keep
     */
    LineSourceMap(JsonFactory factory, String source, int record, long lineNumber, long column, byte[] text, long start) {
        this.factory = factory;
        this.source = source;
        this.record = record;
        this.lineNumber = lineNumber;
        this.column = column;
        this.line = text;
        this.start = start;
    }

    @Override
    public Location locate(String pointer) {
        if (pointer.isEmpty()) {
            return LocatedTree.location(source, record, pointer, start);
        }
        SourceMap known = exact;
        if (known == null) {
            known = reread();
            exact = known;
        }
        return known.locate(pointer);
    }

    /** Reads the line again, keeping positions; it was read once without error, so it reads the same. */
    private SourceMap reread() {
        try (JsonParser p = factory.createParser(ObjectReadContext.empty(), line)) {
            p.nextToken();
            LocatedTree tree = new LocatedTree(lineNumber - 1).startingAtColumn(column);
            return tree.map(source, record, tree.read(p));
        } catch (JacksonException e) {
            return at -> LocatedTree.location(source, record, at, start);
        }
    }
}
