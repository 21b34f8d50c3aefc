package org.opdl.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of Apache's mod_rewrite that a w3id.org {@code .htaccess} uses, enough to follow a
 * request through its rules: {@code RewriteCond} on {@code %{HTTP_ACCEPT}} or
 * {@code %{HTTP:Accept-Language}} (with {@code !} and {@code [NC]}), then {@code RewriteRule}
 * with {@code $N} back-references; the first rule that applies ends the walk, as {@code [L]} says.
 */
final class Htaccess {

    /** One condition: a request header, a pattern, and whether the pattern must not match. */
    record Cond(String header, Pattern pattern, boolean negated) {
    }

    /** One rule, with the conditions written before it and its line in the file. */
    record Rule(int line, List<Cond> conds, Pattern pattern, String target, String flags) {
    }

    /** Where a request went: the rule that applied and the target it made. */
    record Redirect(Rule rule, String target) {
    }

    private final List<Rule> rules = new ArrayList<>();

    /** Reads the rules of a file; a directive this reader does not know is refused by line. */
    Htaccess(String text) {
        List<Cond> pending = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.equals("RewriteEngine on") || line.startsWith("Options ")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts[0].equals("RewriteCond") && (parts.length == 3 || parts.length == 4)) {
                String header = switch (parts[1]) {
                    case "%{HTTP_ACCEPT}" -> "Accept";
                    case "%{HTTP:Accept-Language}" -> "Accept-Language";
                    default -> throw new IllegalArgumentException("line " + (i + 1) + ": unknown variable " + parts[1]);
                };
                boolean negated = parts[2].startsWith("!");
                String regex = negated ? parts[2].substring(1) : parts[2];
                int flags = parts.length == 4 && parts[3].equals("[NC]") ? Pattern.CASE_INSENSITIVE : 0;
                pending.add(new Cond(header, Pattern.compile(regex, flags), negated));
            } else if (parts[0].equals("RewriteRule") && parts.length == 4) {
                rules.add(new Rule(i + 1, List.copyOf(pending), Pattern.compile(parts[1]), parts[2], parts[3]));
                pending.clear();
            } else {
                throw new IllegalArgumentException("line " + (i + 1) + ": not understood: " + line);
            }
        }
    }

    /** Every rule, in file order. */
    List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** Where a request for this path (without the leading {@code opdl/}) with these headers goes. */
    Optional<Redirect> follow(String path, Map<String, String> headers) {
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(path);
            if (!m.find() || !r.conds().stream().allMatch(c -> holds(c, headers))) {
                continue;
            }
            StringBuilder target = new StringBuilder();
            Matcher ref = Pattern.compile("\\$(\\d)").matcher(r.target());
            while (ref.find()) {
                String group = m.group(Integer.parseInt(ref.group(1)));
                ref.appendReplacement(target, Matcher.quoteReplacement(group == null ? "" : group));
            }
            ref.appendTail(target);
            return Optional.of(new Redirect(r, target.toString()));
        }
        return Optional.empty();
    }

    private static boolean holds(Cond c, Map<String, String> headers) {
        boolean found = c.pattern().matcher(headers.getOrDefault(c.header(), "")).find();
        return found != c.negated();
    }
}
