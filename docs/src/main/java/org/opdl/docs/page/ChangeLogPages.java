package org.opdl.docs.page;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.opdl.docs.markdown.Markdown;
import org.opdl.model.governance.ChangeLevel;
import org.opdl.model.governance.DiffReport;
import org.opdl.model.governance.StandardChange;
import org.opdl.model.governance.VersionBump;
import org.opdl.model.text.Lang;

/**
 * The standard's change log, written from what {@code opdl standard diff} finds between each
 * released version and the next, newest first: each change with its class, its place in the
 * tables and why it has that class, then how each version moved. Nothing in it is written by hand,
 * so it cannot say less than the tables changed.
 */
public final class ChangeLogPages {

    /**
     * What changed from one version of the standard to the next.
     *
     * @param from the older version, such as {@code 0.1}
     * @param to the newer version, such as {@code 0.2}
     * @param report the diff of their tables
     */
    public record Step(String from, String to, DiffReport report) {

        /** Requires every part. */
        public Step {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(report, "report");
        }
    }

    private ChangeLogPages() {
    }

    /** The change log's Markdown in one language, for these steps in release order (oldest first). */
    public static String markdown(Lang lang, List<Step> steps) {
        Markdown md = new Markdown().heading(1, title(lang));
        md.paragraph(PageMessages.CHANGES_EVERY_CHANGE_BETWEEN_TWO.in(lang));
        List<Step> newestFirst = new ArrayList<>(steps);
        Collections.reverse(newestFirst);
        for (Step s : newestFirst) {
            step(md, lang, s);
        }
        return md.build();
    }

    /** The change log's title in one language. */
    public static String title(Lang lang) {
        return PageMessages.CHANGES_CHANGES_TO_THE_STANDARD.in(lang);
    }

    private static void step(Markdown md, Lang lang, Step s) {
        DiffReport r = s.report();
        md.heading(2, s.from() + " → " + s.to());
        md.paragraph(PageMessages.CHANGES_GENERATED_BY_OPDL_STANDARD.in(lang, s.from(), s.to())
                + count(lang, r) + ".");
        List<String> bumps = new ArrayList<>();
        for (VersionBump b : r.bumps()) {
            if (b.needed().isPresent() || !b.sufficient()) {
                bumps.add(Markdown.text(b.message(lang)));
            }
        }
        if (!bumps.isEmpty()) {
            md.heading(3, PageMessages.CHANGES_VERSIONS.in(lang));
            md.bullets(bumps);
        }
        for (ChangeLevel level : List.of(ChangeLevel.MAJOR, ChangeLevel.MINOR, ChangeLevel.PATCH)) {
            List<StandardChange> changes = r.changes().stream().filter(c -> c.level() == level).toList();
            if (changes.isEmpty()) {
                continue;
            }
            md.heading(3, heading(lang, level) + " (" + changes.size() + ")");
            List<List<String>> rows = new ArrayList<>();
            for (StandardChange c : changes) {
                rows.add(List.of(Markdown.code(c.place()), Markdown.text(c.message(lang)), Markdown.text(c.reason(lang))));
            }
            md.table(List.of(PageMessages.CHANGES_WHERE.in(lang), PageMessages.CHANGES_CHANGE.in(lang), PageMessages.CHANGES_WHY_THIS_CLASS.in(lang)),
                    rows);
        }
    }

    private static String count(Lang lang, DiffReport r) {
        List<String> parts = new ArrayList<>();
        for (ChangeLevel level : List.of(ChangeLevel.MAJOR, ChangeLevel.MINOR, ChangeLevel.PATCH)) {
            long n = r.changes().stream().filter(c -> c.level() == level).count();
            parts.add(n + " " + levelName(lang, level, !lang.singular(n)));
        }
        return PageMessages.CHANGES_CHANGE_S.text(r.changes().size()).in(lang) + String.join(", ", parts);
    }

    private static String heading(Lang lang, ChangeLevel level) {
        return switch (level) {
            case MAJOR -> PageMessages.CHANGES_MAJOR_CHANGES.in(lang);
            case MINOR -> PageMessages.CHANGES_MINOR_CHANGES.in(lang);
            case PATCH -> PageMessages.CHANGES_PATCHES.in(lang);
        };
    }

    private static String levelName(Lang lang, ChangeLevel level, boolean plural) {
        return switch (level) {
            case MAJOR -> plural ? PageMessages.CHANGES_MAJOR_PLURAL.in(lang) : PageMessages.CHANGES_MAJOR_ONE.in(lang);
            case MINOR -> plural ? PageMessages.CHANGES_MINOR_PLURAL.in(lang) : PageMessages.CHANGES_MINOR_ONE.in(lang);
            case PATCH -> plural ? PageMessages.CHANGES_PATCH_PLURAL.in(lang) : PageMessages.CHANGES_PATCH_ONE.in(lang);
        };
    }
}
