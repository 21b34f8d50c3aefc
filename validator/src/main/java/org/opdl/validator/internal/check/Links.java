package org.opdl.validator.internal.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opdl.validator.rule.Listing;
import org.opdl.validator.rule.RunMemo;

/** The checks that link rules share: what counts as a well-formed web address or email address. */
public final class Links {

    /** A pragmatic address: one @, a local part without spaces, a domain with a dot and no spaces. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    /** Addresses repeat across a provider's listings; parsing them dominated the link rules. Bounded. */
    private static final RunMemo<Optional<String>> SCHEMES = new RunMemo<>(256, Links::parseScheme);
    /** A provider gives the same address in many listings; the expression costs more than a look-up. */
    private static final RunMemo<Boolean> EMAILS = new RunMemo<>(254, v -> EMAIL.matcher(v).matches());

    private Links() {
    }

    /** The URL's scheme in lower case when it is an absolute http or https URL with a host, else empty. */
    public static Optional<String> webScheme(Listing listing, String value) {
        return listing.recall(SCHEMES, value);
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
    public static boolean email(Listing listing, String value) {
        return value.length() <= 254 && listing.recall(EMAILS, value);
    }
}
