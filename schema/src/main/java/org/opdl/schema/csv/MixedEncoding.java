package org.opdl.schema.csv;

import org.opdl.model.text.Text;
import org.opdl.schema.format.ReaderRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;

/**
 * The cells of a UTF-8 file that holds bytes of Windows-1252 ({@link LenientUtf8Reader}): each
 * such byte is put back as its Windows-1252 character, and its cell is reported with its row,
 * heading and the byte, so that the provider can check that one character. The first cells are
 * reported one by one; the rest are counted in one finding at the end.
 */
final class MixedEncoding {

    private static final int SHOWN = 10;
    private static final Text FIX = CsvMessages.CHECK_CHARACTER_THEN.text();

    private final String source;
    private long cells;
    private long bytes;

    MixedEncoding(String source) {
        this.source = source;
    }

    /** The cells with marked bytes put back; each cell that held one is reported. */
    List<String> clean(List<String> row, long number, CsvHeadings headings, Consumer<Finding> notes) {
        List<String> out = null;
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            if (cell.indexOf(LenientUtf8Reader.MARK) < 0) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(row);
            }
            StringBuilder sb = new StringBuilder(cell.length());
            List<Character> read = new ArrayList<>();
            for (int k = 0; k < cell.length(); k++) {
                char c = cell.charAt(k);
                if (c == LenientUtf8Reader.MARK && k + 1 < cell.length()) {
                    char next = cell.charAt(++k);
                    sb.append(next);
                    if (next != LenientUtf8Reader.MARK) {
                        read.add(next);
                    }
                } else {
                    sb.append(c);
                }
            }
            out.set(i, sb.toString());
            if (!read.isEmpty()) {
                report(number, i, headings, sb.toString(), read, notes);
            }
        }
        return out == null ? row : out;
    }

    private void report(long row, int position, CsvHeadings headings, String cell, List<Character> read,
            Consumer<Finding> notes) {
        cells++;
        bytes += read.size();
        if (cells > SHOWN) {
            return;
        }
        String heading = headings != null && position < headings.written().size() ? headings.written().get(position) : "";
        char c = read.get(0);
        byte b = String.valueOf(c).getBytes(CsvInput.WINDOWS_1252)[0];
        String hex = String.format(Locale.ROOT, "0x%02X", b & 0xFF);
        Text more = read.size() > 1 ? CsvMessages.CSV_ENCODING_MORE_IN_CELL.text(read.size() - 1) : new Text("", "");
        notes.accept(new Finding(ReaderRule.CSV_ENCODING.id(), ReaderRule.CSV_ENCODING.severity(),
                new Location.Csv(source, -1, "", row, heading, Location.Csv.letter(position)),
                CsvMessages.CSV_ENCODING_FILE_UTF_8.text(hex, more, c, cell),
                FIX));
    }

    /** The count of the cells not reported one by one. */
    void end(Consumer<Finding> notes) {
        if (cells > SHOWN) {
            notes.accept(new Finding(ReaderRule.CSV_ENCODING.id(), ReaderRule.CSV_ENCODING.severity(), new Location.Text(source, 0, 0),
                    CsvMessages.CSV_ENCODING_CELLS_ALL_HOLD.text(cells, bytes),
                    FIX));
        }
    }
}
