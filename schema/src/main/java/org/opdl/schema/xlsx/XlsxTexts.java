package org.opdl.schema.xlsx;

import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;

/**
 * The words the workbook reader gives its findings, from the {@code xlsx-texts} bundle in English
 * and French, so that translators edit a file rather than Java. Placeholders are {@code {0}},
 * {@code {1}}…, replaced as they are (no MessageFormat, whose quoting French apostrophes would break).
 */
final class XlsxTexts {

    private static final String BUNDLE = "org.opdl.schema.xlsx.xlsx-texts";

    private XlsxTexts() {
    }

    /** The text of {@code key} in both languages, its placeholders filled with {@code args}. */
    static Text text(String key, Object... args) {
        return new Text(fill(key, Lang.EN, args), fill(key, Lang.FR, args));
    }

    private static String fill(String key, Lang lang, Object... args) {
        String out;
        try {
            out = ResourceBundle.getBundle(BUNDLE, lang.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no " + lang.tag() + " text for " + key, e);
        }
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }
}
