package org.opdl.schema.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells a spreadsheet written for version 0.1 of the standard by its heading row, when it has
 * neither a JSON-LD context column nor a standard version column to say so. Every 0.1 column is
 * also a column of the current form, and a sheet written by hand with the usual columns is a
 * current sheet, so only the whole 0.1 form tells: the sheet is 0.1 when each of its columns is a
 * field of the published 0.1 schema (none of the fields added since) and it has a column for every
 * field of a 0.1 listing but the context and record type, as opdl 0.1 and its template wrote them.
 * Anything else is read as the current version.
 */
final class CsvVersion {

    private static final String SCHEMAS = "/org/opdl/schema/0.1/";

    private CsvVersion() {
    }

    /** True when {@code columns} (null for a column not read) are the heading row of a 0.1 sheet that says no version. */
    static boolean written01(List<Column> columns) {
        Old old = Old.FIELDS;
        Set<String> present = new HashSet<>();
        for (Column c : columns) {
            if (c == null) {
                continue;
            }
            String path = c.field().path();
            if (c.field().isContext() || c.dataset() && path.equals("standardVersion")) {
                return false;
            }
            if (!(c.dataset() ? old.dataset() : old.listing()).contains(path)) {
                return false;
            }
            if (!c.dataset()) {
                present.add(path);
            }
        }
        return present.containsAll(old.form());
    }

    /**
     * The field paths of the published 0.1 schemas, and those of the listing columns of the 0.1
     * form: the columns of the current form whose field 0.1 has, less the context and record type.
     */
    private record Old(Set<String> listing, Set<String> dataset, Set<String> form) {
        static final Old FIELDS = load();

        private static Old load() {
            JsonNode listing = read("listing.schema.json");
            JsonNode dataset = read("dataset.schema.json");
            Set<String> listingPaths = new HashSet<>();
            walk(listing, listing, "", listingPaths);
            Set<String> datasetPaths = new HashSet<>();
            walk(dataset, dataset, "", datasetPaths);
            Set<String> form = new HashSet<>();
            for (Column c : CsvLayout.standard().columns()) {
                String path = c.field().path();
                if (listingPaths.contains(path) && !c.field().isContext() && !c.field().isType()) {
                    form.add(path);
                }
            }
            return new Old(Set.copyOf(listingPaths), Set.copyOf(datasetPaths), Set.copyOf(form));
        }

        private static JsonNode read(String name) {
            try (InputStream in = CsvVersion.class.getResourceAsStream(SCHEMAS + name)) {
                if (in == null) {
                    throw new IllegalStateException("the 0.1 schema " + name + " is missing from the jar");
                }
                return JsonMapper.builder().build().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Collects the dotted paths of the fields under {@code node}, a dataset's listings left out. */
        private static void walk(JsonNode root, JsonNode node, String prefix, Set<String> paths) {
            JsonNode object = resolve(root, node);
            for (var e : object.path("properties").properties()) {
                String path = prefix + e.getKey();
                if (path.equals("listings")) {
                    continue;
                }
                paths.add(path);
                walk(root, e.getValue(), path + ".", paths);
            }
        }

        /** The object schema that {@code node} describes, following a local $ref and the items of an array. */
        private static JsonNode resolve(JsonNode root, JsonNode node) {
            JsonNode n = node;
            for (int i = 0; i < 4; i++) {
                if (n.path("$ref").isString() && n.get("$ref").asString().startsWith("#/$defs/")) {
                    n = root.path("$defs").path(n.get("$ref").asString().substring("#/$defs/".length()));
                } else if (n.has("items")) {
                    n = n.get("items");
                } else {
                    break;
                }
            }
            return n;
        }
    }
}
