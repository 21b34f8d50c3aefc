package org.opdl.model.text;

import java.util.Locale;

/**
 * A message of a {@link Bundle}, named in code by a constant instead of a key string. Each package
 * that writes messages holds one small enum implementing this interface, so that a misspelt key is
 * a compile error and the bilingual test can reach every message through the enum's constants. An
 * enum that keeps the defaults is a bare list of constants: its words are in
 * {@code messages_en.properties} and {@code messages_fr.properties} beside it, keyed by each
 * constant's name in lower case with hyphens ({@code REPORT_SUMMARY} is {@code report-summary}).
 */
public interface Message {

    /** The bundle that holds the message's words; by default the {@code messages} bundle beside the enum. */
    default Bundle bundle() {
        return Bundle.messages(((Enum<?>) this).getDeclaringClass());
    }

    /** The message's key in its bundle; by default the enum constant's name in lower case with hyphens. */
    default String key() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The message in both languages with its arguments in place ({@code {0}}, {@code {1}}, …). */
    default Text text(Object... args) {
        return bundle().text(key(), args);
    }
}
