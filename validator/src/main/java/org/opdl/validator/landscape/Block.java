package org.opdl.validator.landscape;

import java.util.List;

/**
 * One block of a landscape report, built once from the figures and written as HTML or Markdown, so
 * both forms say the same thing. A number in a table keeps the JSON pointer of its figure.
 */
sealed interface Block {

    /** A heading; level 1 is the title. */
    record Heading(int level, String text) implements Block {
    }

    /** A paragraph of text. */
    record Paragraph(String text) implements Block {
    }

    /** A bulleted list. */
    record Items(List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /**
     * A cell of a table.
     *
     * @param text what it shows
     * @param figure the JSON pointer of the figure it shows, or null for text
     */
    record Cell(String text, String figure) {
        static Cell text(String text) {
            return new Cell(text, null);
        }
    }

    /** A table with a caption, headings and rows of cells. */
    record Table(String caption, List<String> headings, List<List<Cell>> rows) implements Block {
        public Table {
            headings = List.copyOf(headings);
            rows = List.copyOf(rows);
        }

        /**
         * True when a cell of the column is words ("over 200", "agrees"), set on the left as text is; a
         * column of counts and shares ("25%", « 25 % ») is set on the right, as figures are.
         */
        boolean words(int column) {
            return rows.stream().map(r -> r.get(column).text()).anyMatch(x -> !x.isEmpty() && Character.isLetter(x.codePointAt(0)));
        }
    }

    /** One bar of a chart: its label, its value, and the value as text ("12 (27%)"). */
    record Bar(String label, long value, String text) {
    }

    /** A horizontal bar chart, drawn as SVG in HTML and left out of Markdown, whose tables carry the same figures. */
    record Chart(String title, String description, List<Bar> bars) implements Block {
        public Chart {
            bars = List.copyOf(bars);
        }
    }
}
