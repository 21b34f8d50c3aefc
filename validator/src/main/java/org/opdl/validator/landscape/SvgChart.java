package org.opdl.validator.landscape;

/**
 * Draws a bar chart as hand-written SVG that needs no script: a title and a description for screen
 * readers, each bar's label and its number as text beside it, so the chart reads without colour.
 */
final class SvgChart {

    private static final int LABEL = 260;
    private static final int BAR = 300;
    private static final int ROW = 24;
    private static final int WIDTH = LABEL + BAR + 120;

    private SvgChart() {
    }

    static String draw(Block.Chart chart, String id) {
        long max = chart.bars().stream().mapToLong(Block.Bar::value).max().orElse(0);
        int height = ROW * chart.bars().size() + 8;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" aria-labelledby=\"").append(id).append("-t ").append(id).append("-d\">\n");
        s.append("<title id=\"").append(id).append("-t\">").append(Html.escape(chart.title())).append("</title>\n");
        s.append("<desc id=\"").append(id).append("-d\">").append(Html.escape(chart.description())).append("</desc>\n");
        int y = 4;
        for (Block.Bar bar : chart.bars()) {
            int w = max == 0 ? 0 : (int) Math.round((double) BAR * bar.value() / max);
            s.append("<g><text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 16)
                    .append("\" text-anchor=\"end\" font-size=\"13\">").append(Html.escape(bar.label())).append("</text>");
            s.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                    .append("\" height=\"16\" fill=\"#2b5c8a\"/>");
            s.append("<text x=\"").append(LABEL + w + 6).append("\" y=\"").append(y + 16).append("\" font-size=\"13\">")
                    .append(Html.escape(bar.text())).append("</text></g>\n");
            y += ROW;
        }
        return s.append("</svg>\n").toString();
    }
}
