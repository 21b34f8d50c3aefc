package org.opdl.validator.rules;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The checks that link rules share: what counts as a well-formed web address or email address. */
final class Links {

    /** A pragmatic address: one @, a local part without spaces, a domain with a dot and no spaces. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    /** Addresses repeat across a provider's listings; parsing them dominated the link rules. Bounded. */
    private static final Map<String, Optional<String>> SCHEMES = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> EMAILS = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 4096;

    private Links() {
    }

    /** The URL's scheme in lower case when it is an absolute http or https URL with a host, else empty. */
    static Optional<String> webScheme(String value) {
        Optional<String> known = SCHEMES.get(value);
        if (known != null) {
            return known;
        }
        Optional<String> scheme = parseScheme(value);
        if (SCHEMES.size() < MEMO_LIMIT && value.length() <= 256) {
            SCHEMES.put(value, scheme);
        }
        return scheme;
    }

    private static Optional<String> parseScheme(String value) {
        if (value.isBlank() || !value.equals(value.strip()) || value.contains(" ")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.empty();
            }
            String host = uri.getHost();
            if (host == null || !host.contains(".") && !host.equals("localhost")) {
                return Optional.empty();
            }
            return Optional.of(scheme);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** True for a well-formed email address. */
    static boolean email(String value) {
        if (value.length() > 254) {
            return false;
        }
        // A provider gives the same address in many listings; the expression costs more than a look-up.
        Boolean known = EMAILS.get(value);
        if (known != null) {
            return known;
        }
        boolean ok = EMAIL.matcher(value).matches();
        if (EMAILS.size() < MEMO_LIMIT) {
            EMAILS.put(value, ok);
        }
        return ok;
    }
}
