package org.opdl.validator.landscape;

import java.util.List;

/** Writes a landscape report as Markdown: the same headings, sentences and tables as the HTML page, without the charts. */
final class Markdown {

    private Markdown() {
    }

    static String write(List<Block> blocks) {
        StringBuilder s = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                s.append("#".repeat(h.level())).append(' ').append(inline(h.text())).append("\n\n");
            } else if (b instanceof Block.Paragraph p) {
                s.append(inline(p.text())).append("\n\n");
            } else if (b instanceof Block.Items i) {
                i.items().forEach(x -> s.append("- ").append(inline(x)).append('\n'));
                s.append('\n');
            } else if (b instanceof Block.Table t) {
                table(s, t);
            }
            // A chart is left out: the table that follows it holds the same figures.
        }
        return s.toString().stripTrailing() + "\n";
    }

    private static void table(StringBuilder s, Block.Table t) {
        s.append("**").append(inline(t.caption())).append("**\n\n|");
        t.headings().forEach(h -> s.append(' ').append(cell(h)).append(" |"));
        s.append("\n|");
        for (int i = 0; i < t.headings().size(); i++) {
            s.append(i == 0 || t.words(i) ? "---|" : "--:|");
        }
        s.append('\n');
        for (List<Block.Cell> row : t.rows()) {
            s.append('|');
            row.forEach(c -> s.append(' ').append(cell(c.text())).append(" |"));
            s.append('\n');
        }
        s.append('\n');
    }

    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /** Text as Markdown shows it literally: the characters that would start markup are escaped. */
    private static String inline(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<>#".indexOf(c) >= 0) {
                s.append('\\');
            }
            s.append(c == '\n' ? ' ' : c);
        }
        return s.toString();
    }
}
