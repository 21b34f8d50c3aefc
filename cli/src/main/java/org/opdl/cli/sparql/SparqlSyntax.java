package org.opdl.cli.sparql;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.text.Text;

/**
 * What a SPARQL syntax error says, in English and French, and where it is: the query parser writes
 * its messages in English only, and places some errors (a variable selected but not grouped, a value
 * given twice) at no line, so the words are made here from what its message names.
 *
 * @param line the line of the error, 1 first, or 0 when the query holds no place for it
 * @param column the column on that line, 1 first, or 0 with no line
 * @param words what is wrong there
 */
record SparqlSyntax(int line, int column, Text words) {

    private static final Pattern AT = Pattern.compile("\\s*at line (\\d+), column (\\d+)\\.?");
    private static final Pattern UNEXPECTED = Pattern.compile("^Encountered \" (?:\"[^\"]*\"|<[^>]*>|\\S+) \"(.*?) \"\"");
    private static final Pattern END = Pattern.compile("^Encountered (?:\")?<EOF>|Encountered: <EOF>");
    private static final Pattern CHARACTER = Pattern.compile("Encountered: '(\\d+)' \\(\\d+\\),(?: after prefix \"(.*)\")?");
    private static final Pattern PREFIX = Pattern.compile("Unresolved prefixed name: (([^:\\s]*):\\S*)");
    private static final Pattern NOT_GROUPED = Pattern.compile("Non-group key variable in SELECT: (\\?\\S+)");
    private static final Pattern IN_SCOPE = Pattern.compile("Variable used when already in-scope: (\\?[\\w]+)");

    /** The error of the parser's {@code message}, placed at {@code line} and {@code column} when its message names no place, in {@code query}. */
    static SparqlSyntax of(String message, int line, int column, String query) {
        String what = message == null ? "" : message.replaceAll("\\s+", " ").replaceFirst("^Line \\d+, column \\d+: ", "").strip();
        Matcher at = AT.matcher(what);
        if (at.find()) {
            // The parser's message places the offending token; the exception's own column can be that of the one before.
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        Matcher m;
        if (END.matcher(what).find()) {
            return new SparqlSyntax(line, column, SparqlMessages.QUERY_SYNTAX_ENDS_EARLY.text());
        }
        if ((m = UNEXPECTED.matcher(what)).find()) {
            return new SparqlSyntax(line, column, SparqlMessages.QUERY_SYNTAX_UNEXPECTED.text(m.group(1)));
        }
        if ((m = CHARACTER.matcher(what)).find()) {
            int code = Integer.parseInt(m.group(1));
            String typed = m.group(2) == null ? "" : m.group(2).replace("\\\"", "\"");
            if (!typed.isEmpty() && !Character.isLetter(code) && typed.chars().allMatch(Character::isLetterOrDigit)) {
                return new SparqlSyntax(line, column - typed.length(), SparqlMessages.QUERY_SYNTAX_WORD.text(typed));
            }
            String unicode = String.format(Locale.ROOT, "U+%04X", code);
            String shown = Character.isISOControl(code) || Character.isWhitespace(code) ? unicode : new String(Character.toChars(code));
            return new SparqlSyntax(line, column, SparqlMessages.QUERY_SYNTAX_CHARACTER.text(shown, unicode));
        }
        if ((m = PREFIX.matcher(what)).find()) {
            return new SparqlSyntax(line, column, SparqlMessages.QUERY_SYNTAX_PREFIX.text(m.group(1), m.group(2) + ":"));
        }
        if ((m = NOT_GROUPED.matcher(what)).find()) {
            return placed(query, Pattern.compile("(?i)\\bSELECT\\b"), false, SparqlMessages.QUERY_SYNTAX_NOT_GROUPED.text(m.group(1)));
        }
        if ((m = IN_SCOPE.matcher(what)).find()) {
            Pattern as = Pattern.compile("(?i)\\bAS\\s+" + Pattern.quote(m.group(1)) + "\\b");
            return placed(query, as, true, SparqlMessages.QUERY_SYNTAX_IN_SCOPE.text(m.group(1)));
        }
        String english = AT.matcher(what).replaceAll("").replaceFirst("\\s*Was expecting.*", "").replaceFirst("\\.$", "").strip();
        return new SparqlSyntax(line, column, SparqlMessages.QUERY_SYNTAX_OTHER.text(english.isEmpty() ? "syntax error" : english));
    }

    /** The error placed at the first or last match of {@code where} in the query, or at no line. */
    private static SparqlSyntax placed(String query, Pattern where, boolean last, Text words) {
        Matcher m = where.matcher(query);
        int start = -1;
        while (m.find()) {
            start = m.start();
            if (!last) {
                break;
            }
        }
        if (start < 0) {
            return new SparqlSyntax(0, 0, words);
        }
        String before = query.substring(0, start);
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        return new SparqlSyntax(line, start - before.lastIndexOf('\n'), words);
    }
}
