package org.opdl.schema.xlsx;

import org.opdl.model.text.Bundle;
import org.opdl.model.text.Text;

/**
 * The words the workbook reader gives its findings, from the {@code xlsx-texts} {@link Bundle} in
 * English and French, so that translators edit a file rather than Java. Placeholders are
 * {@code {0}}, {@code {1}}…, filled as every OPDL bundle fills them.
 */
final class XlsxTexts {

    private static final Bundle BUNDLE = Bundle.of(XlsxTexts.class, "xlsx-texts");

    private XlsxTexts() {
    }

    /**
     * The text of {@code key} in both languages, its placeholders filled with {@code args}.
     *
     * @throws IllegalStateException when either language lacks the key
     */
    static Text text(String key, Object... args) {
        return BUNDLE.text(key, args);
    }
}
