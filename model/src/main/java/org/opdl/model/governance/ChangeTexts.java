package org.opdl.model.governance;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.opdl.model.text.Lang;

/** The wording of changes and version bumps, from the {@code changes} bundle in English and French. */
final class ChangeTexts {

    private static final String BUNDLE = "org.opdl.model.governance.changes";

    private ChangeTexts() {
    }

    /** The text of a key in a language, its {0}, {1}... replaced by the arguments. */
    static String fill(String key, Lang lang, List<String> args) {
        String out = text(key, lang);
        for (int i = 0; i < args.size(); i++) {
            out = out.replace("{" + i + "}", args.get(i));
        }
        return out;
    }

    /** The name of a class of change, in a language. */
    static String level(ChangeLevel level, Lang lang) {
        return text("level." + level.name().toLowerCase(Locale.ROOT), lang);
    }

    private static String text(String key, Lang lang) {
        try {
            return ResourceBundle.getBundle(BUNDLE, lang.locale(), ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + lang.tag() + " text for change " + key, e);
        }
    }
}
