package org.opdl.cli.serve;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.opdl.model.text.Lang;

/**
 * The parameters of a request's query string, decoded; the first value of a name wins.
 *
 * @param values the parameters by name
 */
record Query(Map<String, String> values) {

    /** The longest value kept; longer ones are cut, since no parameter of the page needs more. */
    private static final int LONGEST = 500;

    static Query of(URI uri) {
        Map<String, String> out = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                out.putIfAbsent(k, v.length() > LONGEST ? v.substring(0, LONGEST) : v);
            }
        }
        return new Query(Map.copyOf(out));
    }

    String get(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    /**
     * The {@code lang} parameter when the address gives one (French for {@code fr}, else English);
     * without it, the browser's language from its {@code Accept-Language} header.
     */
    Lang lang(String acceptLanguage) {
        String tag = values.get("lang");
        return tag == null ? BrowserLanguage.of(acceptLanguage) : Lang.fromTag(tag).orElse(Lang.EN);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
