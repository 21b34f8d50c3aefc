package org.opdl.docs.markdown;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A small builder for the Markdown of generated pages. Every piece of data that goes into a page
 * passes through {@link #text(String)} or {@link #cell(String)}, so that characters such as a
 * pipe or an asterisk in a label show as themselves.
 */
public final class Markdown {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|])");

    private final StringBuilder out = new StringBuilder();

    /** A heading of level 1 to 6. */
    public Markdown heading(int level, String text) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
        out.append("#".repeat(level)).append(' ').append(text).append("\n\n");
        return this;
    }

    /** An HTML anchor that a link can target with {@code #id}, placed before the next block. */
    public Markdown anchor(String id) {
        out.append("<a id=\"").append(id.replace("\"", "")).append("\"></a>\n\n");
        return this;
    }

    /** A paragraph of Markdown, as written (escape data with {@link #text(String)} first). */
    public Markdown paragraph(String markdown) {
        out.append(markdown.strip()).append("\n\n");
        return this;
    }

    /** A bulleted list; each item is Markdown as written. */
    public Markdown bullets(List<String> items) {
        for (String item : items) {
            out.append("- ").append(item.strip().replace("\n", "\n  ")).append('\n');
        }
        out.append('\n');
        return this;
    }

    /** A table whose header and cells are Markdown as written; cells are made safe with {@link #cell(String)}. */
    public Markdown table(List<String> header, List<List<String>> rows) {
        out.append(row(header));
        out.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("row has " + r.size() + " cells, header " + header.size());
            }
            out.append(row(r));
        }
        out.append('\n');
        return this;
    }

    /** A fenced code block with an info string such as {@code json} or {@code sh}. */
    public Markdown code(String info, String body) {
        String fence = body.contains("```") ? "~~~~" : "```";
        out.append(fence).append(info).append('\n').append(body.stripTrailing()).append('\n').append(fence).append("\n\n");
        return this;
    }

    /** The Markdown written so far. */
    public String build() {
        return out.toString().stripTrailing() + "\n";
    }

    private static String row(List<String> cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) {
            b.append(' ').append(cell(c)).append(" |");
        }
        return b.append('\n').toString();
    }

    /** Escapes data so that it shows as written in running text. */
    public static String text(String data) {
        return SPECIAL.matcher(data).replaceAll("\\\\$1").replace("\r", "").replace("\n", " ");
    }

    /**
     * Escapes prose written with {@code `code`} spans, as rule messages and definitions are: the
     * spans stay code and everything else shows as written. Unbalanced backticks are escaped too.
     */
    public static String prose(String data) {
        if (data.chars().filter(c -> c == '`').count() % 2 != 0) {
            return text(data);
        }
        StringBuilder out = new StringBuilder();
        String[] parts = data.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            out.append(i % 2 == 0 ? text(parts[i]) : code(parts[i]));
        }
        return out.toString();
    }

    /** Makes Markdown fit in one table cell: no line breaks, and pipes escaped unless already escaped. */
    public static String cell(String markdown) {
        return markdown.replace("\r", "").replace("\n", "<br>").replaceAll("(?<!\\\\)\\|", "\\\\|");
    }

    /** Inline code; the fence grows when the text itself holds backticks. */
    public static String code(String data) {
        String fence = data.contains("`") ? "`` " : "`";
        String close = data.contains("`") ? " ``" : "`";
        return fence + data.replace("\n", " ") + close;
    }

    /** A link with escaped text. */
    public static String link(String text, String target) {
        return "[" + text(text) + "](" + target.replace(" ", "%20").replace(")", "%29") + ")";
    }
}
