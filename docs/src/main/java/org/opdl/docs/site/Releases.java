package org.opdl.docs.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.opdl.docs.page.ChangeLogPages;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.governance.StandardDiff;
import org.opdl.model.text.Lang;

/**
 * The versions of the standard the site publishes: each folder of {@code releases/} (the tables as
 * that version was released) and the current tables of {@code standard/}, oldest first; and the
 * change log between each one and the next, from the same diff as {@code opdl standard diff}.
 */
public final class Releases {

    /**
     * One version of the standard and where its tables are.
     *
     * @param version the version, such as {@code 0.1}
     * @param tables the folder holding its {@code vocabulary/}, {@code career-stage/} and {@code listing/}
     */
    public record Release(String version, Path tables) {
    }

    private Releases() {
    }

    /** Every version, oldest first; the current one last, unless it is already among the released. */
    public static List<Release> all(Path repoRoot) throws IOException {
        List<Release> out = new ArrayList<>();
        Path dir = repoRoot.resolve("releases");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> folders = Files.list(dir)) {
                folders.filter(Files::isDirectory).map(p -> new Release(p.getFileName().toString(), p))
                        .sorted(Comparator.comparing(Release::version, Releases::compare)).forEach(out::add);
            }
        }
        String current = StandardDefinition.version();
        if (out.stream().noneMatch(r -> r.version().equals(current))) {
            out.add(new Release(current, repoRoot.resolve("standard")));
        }
        return out;
    }

    /** The versions released before the current one, oldest first. */
    public static List<String> earlier(Path repoRoot) throws IOException {
        return all(repoRoot).stream().map(Release::version).filter(v -> !v.equals(StandardDefinition.version())).toList();
    }

    /** The change log's Markdown in one language, from every version to the next. */
    public static String changeLog(Path repoRoot, Lang lang) throws IOException {
        List<Release> all = all(repoRoot);
        List<ChangeLogPages.Step> steps = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            Release from = all.get(i - 1);
            Release to = all.get(i);
            steps.add(new ChangeLogPages.Step(from.version(), to.version(), StandardDiff.diff(from.tables(), to.tables())));
        }
        return ChangeLogPages.markdown(lang, steps);
    }

    /** Compares dotted versions number by number, so that 0.10 comes after 0.9. */
    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(number(x, i), number(y, i));
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    private static long number(String[] parts, int i) {
        return i < parts.length && parts[i].matches("[0-9]{1,9}") ? Long.parseLong(parts[i]) : 0;
    }
}
