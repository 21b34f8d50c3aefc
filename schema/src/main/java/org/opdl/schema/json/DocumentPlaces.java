package org.opdl.schema.json;

import org.opdl.model.finding.Location;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.SourceMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/**
 * The lines and columns of a whole JSON document, read with positions only when a finding first
 * asks for one. A JSON-LD file's listings are mapped from its graph, not read key by key, so this
 * is how their findings are placed at the keys the file's author wrote. Safe to share between
 * threads.
 */
public final class DocumentPlaces {

    private final String source;
    private final byte[] bytes;
    private final Limits limits;
    private volatile SourceMap map;

    /**
     * @param bytes the document, which has already been read once without error; the map keeps it
     */
    public DocumentPlaces(String source, byte[] bytes, Limits limits) {
        this.source = source;
        this.bytes = bytes;
        this.limits = limits;
    }

    /**
     * The place of the value at {@code documentPointer} in the document, or of the nearest value
     * around it that the document holds, given as the field {@code pointer} of listing {@code record}.
     */
    public Location.Json locate(int record, String documentPointer, String pointer) {
        SourceMap known = map;
        if (known == null) {
            known = read();
            map = known;
        }
        Location at = known.locate(documentPointer);
        long column = at instanceof Location.Json json ? json.column() : 0;
        return new Location.Json(source, record, pointer, at.line(), column);
    }

    private SourceMap read() {
        try (JsonParser p = Parsers.factory(limits, bytes.length + 1L, false).createParser(ObjectReadContext.empty(), bytes)) {
            p.nextToken();
            LocatedTree tree = new LocatedTree(0);
            return tree.map(source, -1, tree.read(p));
        } catch (JacksonException e) {
            return at -> new Location.Json(source, -1, at, 0, 0);
        }
    }
}
