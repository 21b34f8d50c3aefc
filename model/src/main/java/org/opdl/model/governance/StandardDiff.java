package org.opdl.model.governance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.opdl.model.data.DataTable;

/**
 * Compares two copies of the standard's tables, row by row, and classes each change as a patch, a
 * minor or a major change ({@link TableKinds} says how). It then checks that the standard's version,
 * and each scheme's, moved as far as their changes need, and that the newer copy passes
 * {@link StandardCheck}. Behind {@code opdl standard diff} and the
 * build's release check.
 */
public final class StandardDiff {

    private static final List<String> FOLDERS = List.of("vocabulary/", "career-stage/", "listing/");

    private StandardDiff() {
    }

    /** Every change from the tables under {@code before} to those under {@code after}. */
    public static DiffReport diff(Path before, Path after) {
        List<TableProblem> beforeProblems = new ArrayList<>();
        List<TableProblem> afterProblems = new ArrayList<>();
        StandardTables old = new StandardTables(before, beforeProblems);
        StandardTables now = new StandardTables(after, afterProblems);
        List<StandardChange> changes = new ArrayList<>();
        for (String file : tables(before, after)) {
            Optional<DataTable> was = Files.isRegularFile(before.resolve(file)) ? old.table(file) : Optional.empty();
            Optional<DataTable> is = Files.isRegularFile(after.resolve(file)) ? now.table(file) : Optional.empty();
            boolean unreadable = (was.isEmpty() && Files.exists(before.resolve(file)))
                    || (is.isEmpty() && Files.exists(after.resolve(file)));
            if (!unreadable) {
                changes.addAll(new TableDiff(file, TableKinds.of(file)).compare(was, is));
            }
        }
        // The newer copy is the one to be released, so it is held to what opdl standard check asks: a
        // code given twice or a label missing in French would otherwise pass as no change or a patch.
        for (TableProblem p : StandardCheck.check(after)) {
            if (!afterProblems.contains(p)) {
                afterProblems.add(p);
            }
        }
        List<StandardChange> kept = withoutMistypedHeadings(changes, afterProblems);
        List<VersionBump> bumps = new ArrayList<>();
        standardBump(old, now, kept).ifPresent(bumps::add);
        bumps.addAll(schemeBumps(old, now, kept));
        return new DiffReport(kept, bumps, beforeProblems, afterProblems);
    }

    /**
     * The changes less the column added and the column removed that a mistyped heading makes ({@code lable_fr}
     * for {@code label_fr}): the problem tells it once, with its fix, and no release would keep it (K23).
     */
    private static List<StandardChange> withoutMistypedHeadings(List<StandardChange> changes, List<TableProblem> problems) {
        List<TableProblem> mistyped = problems.stream().filter(p -> p.key().equals("column.misspelled")).toList();
        return changes.stream().filter(c -> mistyped.stream().noneMatch(p -> p.file().equals(c.file())
                && (c.what().equals("column.added") && c.column().equals(p.args().get(0))
                        || c.what().equals("column.removed") && c.column().equals(p.args().get(1))))).toList();
    }

    /** The CSV tables under either folder, in the order vocabulary, career stages, listing. */
    private static List<String> tables(Path before, Path after) {
        TreeSet<String> names = new TreeSet<>(Comparator.comparingInt(StandardDiff::folderRank)
                .thenComparing(n -> n.endsWith("schemes.csv") ? "" : n));
        for (Path root : List.of(before, after)) {
            try (Stream<Path> files = Files.walk(root, 2)) {
                files.filter(p -> p.toString().endsWith(".csv") && Files.isRegularFile(p))
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .filter(n -> folderRank(n) < FOLDERS.size())
                        .forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(names);
    }

    private static int folderRank(String name) {
        for (int i = 0; i < FOLDERS.size(); i++) {
            if (name.startsWith(FOLDERS.get(i))) {
                return i;
            }
        }
        return FOLDERS.size();
    }

    private static Optional<VersionBump> standardBump(StandardTables old, StandardTables now, List<StandardChange> changes) {
        Optional<String> was = fixed(old, "listing/dataset.csv", "standardVersion");
        Optional<String> is = fixed(now, "listing/dataset.csv", "standardVersion");
        if (was.isEmpty() || is.isEmpty()) {
            return Optional.empty();
        }
        Optional<ChangeLevel> needed = changes.stream().map(StandardChange::level).max(Enum::compareTo);
        return Optional.of(new VersionBump("standard", was.get(), is.get(), needed));
    }

    private static List<VersionBump> schemeBumps(StandardTables old, StandardTables now, List<StandardChange> changes) {
        Map<String, String> was = versions(old);
        Map<String, String> is = versions(now);
        List<VersionBump> out = new ArrayList<>();
        for (Map.Entry<String, String> e : is.entrySet()) {
            String scheme = e.getKey();
            if (!was.containsKey(scheme)) {
                continue;
            }
            String file = "vocabulary/" + scheme + ".csv";
            Optional<ChangeLevel> needed = changes.stream()
                    .filter(c -> c.file().equals(file) || c.file().equals("vocabulary/schemes.csv") && c.key().equals(scheme))
                    .map(StandardChange::level).max(Enum::compareTo);
            out.add(new VersionBump(scheme, was.get(scheme), e.getValue(), needed));
        }
        return out;
    }

    private static Map<String, String> versions(StandardTables tables) {
        Map<String, String> out = new LinkedHashMap<>();
        tables.table("vocabulary/schemes.csv").ifPresent(t -> t.rows().forEach(row -> out.put(
                row.cells().getOrDefault("scheme", "").strip(), row.cells().getOrDefault("version", "").strip())));
        return out;
    }

    private static Optional<String> fixed(StandardTables tables, String file, String path) {
        return tables.table(file).flatMap(t -> t.rows().stream()
                .filter(row -> path.equals(row.cells().getOrDefault("path", "").strip()))
                .map(row -> row.cells().getOrDefault("fixed", "").strip()).findFirst());
    }
}
