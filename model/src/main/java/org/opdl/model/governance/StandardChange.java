package org.opdl.model.governance;

import java.util.List;
import java.util.Objects;
import org.opdl.model.text.Lang;

/**
 * One difference between two versions of the standard's tables, with its class.
 *
 * @param level how much the change matters: patch, minor or major
 * @param file the table's path under the standard's folder, such as {@code vocabulary/region.csv}
 * @param line the one-based line of the row in the newer table (in the older one for a removed row)
 * @param key what the row names: a code, a field path, a stage, a wording
 * @param column the heading of the changed cell, or empty when a whole row or table came or went
 * @param what the message key of the kind of change, such as {@code row.added}
 * @param reason the message key of why the change has its class, such as {@code code-removed}
 * @param args the values the message names, in order ({0}, {1}, ...)
 */
public record StandardChange(ChangeLevel level, String file, int line, String key, String column, String what,
        String reason, List<String> args) {

    /** Requires every part and copies the arguments. */
    public StandardChange {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
        args = List.copyOf(args);
    }

    /** The change in a sentence, in a language. */
    public String message(Lang lang) {
        return ChangeTexts.fill(what, lang, args);
    }

    /** Why the change has its class, in a language. */
    public String reason(Lang lang) {
        return ChangeTexts.fill("reason." + reason, lang, args);
    }

    /** The place as an editor shows it: {@code file:line} and the column when there is one. */
    public String place() {
        String at = line > 0 ? file + ":" + line : file;
        return column.isEmpty() ? at : at + " [" + column + "]";
    }
}
