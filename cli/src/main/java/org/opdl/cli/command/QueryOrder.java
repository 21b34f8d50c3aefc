package org.opdl.cli.command;

import java.util.List;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.opdl.cli.exit.InputException;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.sparql.QueryRunner;
import org.opdl.schema.convert.Formats;

/**
 * Parses the query of {@code opdl query}, telling a query that is not one from a listing file given
 * in its place: {@code opdl query catalogue.json select.rq} puts the files in the wrong order, and
 * the parser's words about the JSON's first brace would not say so.
 */
final class QueryOrder {

    private QueryOrder() {
    }

    /**
     * The query in {@code text}, read from the file {@code name}.
     *
     * @throws UsageException when the file that does not parse is named as a listing file is
     * @throws InputException as {@link QueryRunner#parse} does otherwise
     */
    static Query parse(String name, String text, List<String> files, boolean allowService) {
        try {
            return QueryRunner.parse(name, text, allowService);
        } catch (InputException e) {
            if (Formats.byExtension(name).isEmpty()) {
                throw e;
            }
            String query = files.stream().filter(QueryOrder::namesAQuery).findFirst().orElse("QUERY.rq");
            throw new UsageException(CommandMessages.QUERY_LISTINGS_IN_PLACE.text(name, query));
        }
    }

    private static boolean namesAQuery(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        return lower.endsWith(".rq") || lower.endsWith(".sparql");
    }
}
