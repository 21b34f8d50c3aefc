package org.opdl.model.governance;

import java.util.List;
import java.util.Optional;
import org.opdl.model.text.Lang;

/**
 * The version of the standard or of one scheme before and after a change, and whether it moved
 * enough for the changes made. Versions are dotted numbers. From 1.0, a major change moves the
 * first number, a minor change the second and a patch the third. Before 1.0, a major change may
 * move the second number instead of the first (0.1 to 0.2), as semantic versioning allows for 0.x;
 * a minor change moves the second number and a patch the third (0.1 to 0.1.1).
 *
 * @param subject what carries the version: {@code standard}, or a scheme's code
 * @param before the version in the older tables
 * @param after the version in the newer tables
 * @param needed the most serious class among the changes, or empty when nothing changed
 */
public record VersionBump(String subject, String before, String after, Optional<ChangeLevel> needed) {

    /** Whether the version moved forward at least as far as the changes need (always, when nothing changed). */
    public boolean sufficient() {
        if (needed.isEmpty()) {
            return true;
        }
        int[] from = parse(before);
        int[] to = parse(after);
        if (from == null || to == null) {
            return false;
        }
        int position = position(needed.get(), from[0] == 0);
        for (int i = 0; i < 3; i++) {
            if (to[i] != from[i]) {
                return to[i] > from[i] && i <= position;
            }
        }
        return false;
    }

    /** The smallest version after {@link #before} that the changes allow, or empty when none is needed. */
    public Optional<String> suggested() {
        int[] from = parse(before);
        if (needed.isEmpty() || from == null) {
            return Optional.empty();
        }
        int position = position(needed.get(), from[0] == 0);
        from[position]++;
        for (int i = position + 1; i < 3; i++) {
            from[i] = 0;
        }
        boolean twoParts = before.split("\\.").length == 2 && position < 2;
        return Optional.of(twoParts ? from[0] + "." + from[1] : from[0] + "." + from[1] + "." + from[2]);
    }

    /** The bump in a sentence, in a language: enough, not enough (with the version to give), or no change. */
    public String message(Lang lang) {
        String who = "standard".equals(subject) ? ChangeTexts.fill("subject.standard", lang, List.of())
                : ChangeTexts.fill("subject.scheme", lang, List.of(subject));
        if (needed.isEmpty()) {
            return ChangeTexts.fill("bump.none", lang, List.of(who, after));
        }
        String level = ChangeTexts.level(needed.get(), lang);
        String key = sufficient() ? "bump.ok" : parse(after) == null ? "bump.unreadable" : "bump.short";
        return ChangeTexts.fill(key, lang, List.of(who, before, after, level, suggested().orElse("?")));
    }

    private static int position(ChangeLevel level, boolean beforeOne) {
        return switch (level) {
            case MAJOR -> beforeOne ? 1 : 0;
            case MINOR -> 1;
            case PATCH -> 2;
        };
    }

    /** Up to three numbers, missing ones as 0; null when the text is no dotted version. */
    private static int[] parse(String version) {
        String[] parts = version.strip().split("\\.", -1);
        if (parts.length < 1 || parts.length > 3) {
            return null;
        }
        int[] out = new int[3];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("[0-9]{1,6}")) {
                return null;
            }
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }
}
