package org.opdl.validator.landscape;

/**
 * Draws a bar chart as hand-written SVG that needs no script: a title and a description for screen
 * readers, each bar's label and its number as text beside it, so the chart reads without colour.
 */
final class SvgChart {

    /** The narrowest column of labels, which most charts keep. */
    private static final int LABEL = 260;
    /** The widest a character of the labels' 13-pixel type may be, on average, in the fonts browsers fall back to. */
    private static final double CHARACTER = 7.5;
    private static final int BAR = 300;
    private static final int ROW = 24;

    private SvgChart() {
    }

    static String draw(Block.Chart chart, String id) {
        long max = chart.bars().stream().mapToLong(Block.Bar::value).max().orElse(0);
        // The labels' column is as wide as the longest label needs, so that none is cut at the chart's left edge
        // ("Communautés de langue officielle en situation minoritaire").
        int longest = chart.bars().stream().mapToInt(b -> b.label().codePointCount(0, b.label().length())).max().orElse(0);
        int label = Math.max(LABEL, (int) Math.ceil(longest * CHARACTER) + 16);
        int width = label + BAR + 120;
        int height = ROW * chart.bars().size() + 8;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">\n");
        s.append("<title id=\"").append(id).append("-t\">").append(Html.escape(chart.title())).append("</title>\n");
        s.append("<desc id=\"").append(id).append("-d\">").append(Html.escape(chart.description())).append("</desc>\n");
        int y = 4;
        for (Block.Bar bar : chart.bars()) {
            int w = max == 0 ? 0 : (int) Math.round((double) BAR * bar.value() / max);
            s.append("<g><text x=\"").append(label - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"13\">").append(Html.escape(bar.label())).append("</text>");
            s.append("<rect x=\"").append(label).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"16\" fill=\"#2b5c8a\"/>");
            s.append("<text x=\"").append(label + w + 6).append("\" y=\"").append(y + 16).append("\" font-size=\"13\">")
                    .append(Html.escape(bar.text())).append("</text></g>\n");
            y += ROW;
        }
        return s.append("</svg>\n").toString();
    }
}
