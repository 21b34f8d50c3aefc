package org.opdl.model.field;

/**
 * The one place where JSON Pointer (RFC 6901) reference tokens are escaped and unescaped: {@code ~}
 * is written {@code ~0} and {@code /} is written {@code ~1}. Readers, writers, generators and the
 * validator all build and read pointers through it.
 */
public final class JsonPointer {

    private JsonPointer() {
    }

    /** The reference token of a property name: {@code a/b} gives {@code a~1b}. */
    public static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
    }

    /** The property name of a reference token: {@code a~1b} gives {@code a/b}. */
    public static String unescape(String token) {
        return token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
    }

    /** The pointer of a property inside the value at {@code pointer}: {@code /provider} and {@code name} give {@code /provider/name}. */
    public static String append(String pointer, String name) {
        return pointer + "/" + escape(name);
    }

    /**
     * The dotted field path a pointer lands in, array indexes left out and tokens unescaped:
     * {@code /intakes/0/endDate} gives {@code intakes.endDate}.
     */
    public static String dottedPath(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty() || part.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(unescape(part));
        }
        return sb.toString();
    }
}
