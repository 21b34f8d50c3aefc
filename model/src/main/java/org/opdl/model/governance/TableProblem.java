package org.opdl.model.governance;

import java.util.List;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.opdl.model.text.Lang;

/**
 * One problem in a table of the standard, with its place and a message key whose wording (and fix)
 * lives in the {@code problems} bundle in English and French.
 *
 * @param file the table's path under the checked folder, such as {@code vocabulary/region.csv}
 * @param line the one-based line in the file, or 0 for the file as a whole
 * @param column the heading of the cell at fault, or empty for a whole row or file
 * @param key the message key, such as {@code label.missing}
 * @param args the values the message names, in order ({0}, {1}, ...)
 */
public record TableProblem(String file, int line, String column, String key, List<String> args) {

    private static final String BUNDLE = "org.opdl.model.governance.problems";

    /** Requires every part and copies the arguments. */
    public TableProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A problem with its arguments given in order. */
    static TableProblem of(String file, int line, String column, String key, String... args) {
        return new TableProblem(file, line, column, key, List.of(args));
    }

    /** What is wrong, in a language. */
    public String message(Lang lang) {
        return fill(text(key, lang));
    }

    /** How to fix it, in a language. */
    public String fix(Lang lang) {
        return fill(text(key + ".fix", lang));
    }

    /** The place as an editor shows it: {@code file:line} and the column when there is one. */
    public String place() {
        String at = line > 0 ? file + ":" + line : file;
        return column.isEmpty() ? at : at + " [" + column + "]";
    }

    private String fill(String template) {
        String out = template;
        for (int i = 0; i < args.size(); i++) {
            out = out.replace("{" + i + "}", args.get(i));
        }
        return out;
    }

    private static String text(String key, Lang lang) {
        try {
            return ResourceBundle.getBundle(BUNDLE, lang.locale(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + lang.tag() + " text for problem " + key, e);
        }
    }
}
