package org.opdl.validator.landscape;

import java.util.List;

/**
 * Writes a landscape report as one HTML page that needs nothing else: no script, no style sheet or
 * font from elsewhere. Every number of a table carries the JSON pointer of its figure in
 * {@code data-figure}; a column of counts and shares is set on the right, one of words on the left.
 */
final class Html {

    private Html() {
    }

    static String write(List<Block> blocks, Labels labels) {
        StringBuilder s = new StringBuilder();
        String title = blocks.stream().filter(b -> b instanceof Block.Heading h && h.level() == 1)
                .map(b -> ((Block.Heading) b).text()).findFirst().orElse("");
        s.append("<!DOCTYPE html>\n<html lang=\"").append(labels.lang().tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1a1a1a}\n")
                .append("table{border-collapse:collapse;margin:0.5rem 0 1.5rem}th,td{border:1px solid #999;padding:0.2rem 0.5rem}\n")
                .append("td[data-figure],td.figure{text-align:right}caption{text-align:left;font-weight:bold;padding:0.3rem 0}\n")
                .append("figure{margin:0.5rem 0}svg text{fill:#1a1a1a}\n</style>\n</head>\n<body>\n<main>\n");
        int charts = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                s.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level()).append(">\n");
            } else if (b instanceof Block.Paragraph p) {
                s.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (b instanceof Block.Items i) {
                s.append("<ul>\n");
                i.items().forEach(x -> s.append("<li>").append(escape(x)).append("</li>\n"));
                s.append("</ul>\n");
            } else if (b instanceof Block.Table t) {
                table(s, t);
            } else if (b instanceof Block.Chart c) {
                s.append("<figure>\n").append(SvgChart.draw(c, "chart" + ++charts)).append("</figure>\n");
            }
        }
        return s.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void table(StringBuilder s, Block.Table t) {
        s.append("<table>\n<caption>").append(escape(t.caption())).append("</caption>\n<thead><tr>");
        t.headings().forEach(h -> s.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        s.append("</tr></thead>\n<tbody>\n");
        for (List<Block.Cell> row : t.rows()) {
            s.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Block.Cell c = row.get(i);
                if (i == 0) {
                    s.append("<th scope=\"row\">").append(escape(c.text())).append("</th>");
                } else if (c.figure() != null) {
                    s.append("<td data-figure=\"").append(escape(c.figure())).append("\">").append(escape(c.text())).append("</td>");
                } else if (!t.words(i)) {
                    // A share is a figure the JSON does not hold apart: set on the right beside its count.
                    s.append("<td class=\"figure\">").append(escape(c.text())).append("</td>");
                } else {
                    s.append("<td>").append(escape(c.text())).append("</td>");
                }
            }
            s.append("</tr>\n");
        }
        s.append("</tbody>\n</table>\n");
    }

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
