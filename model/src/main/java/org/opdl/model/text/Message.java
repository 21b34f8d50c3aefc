package org.opdl.model.text;

/**
 * A message of a {@link Bundle}, named in code by a constant instead of a key string. Each package
 * that writes messages holds one small enum implementing this interface, so that a misspelt key is
 * a compile error and the bilingual test can reach every message through the enum's constants.
 */
public interface Message {

    /** The bundle that holds the message's words. */
    Bundle bundle();

    /** The message's key in its bundle. */
    String key();

    /** The message in both languages with its arguments in place ({@code {0}}, {@code {1}}, …). */
    default Text text(Object... args) {
        return bundle().text(key(), args);
    }
}
