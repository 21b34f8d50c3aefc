package org.opdl.schema.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of a workbook show numbers as dates, times of day or percentages, read from
 * {@code xl/styles.xml} with SAX:
 * only the number formats and the cell formats that name them are needed, and parsing the whole
 * style sheet with POI's object model would cost more than reading a small workbook.
 */
final class DateStyles extends DefaultHandler {

    /** The most cell formats read; Excel itself allows about 64,000. */
    private static final int MAX_STYLES = 100_000;
    /** A unit counted past its bound, in square brackets: {@code [h]}, {@code [hh]}, {@code [mm]}, {@code [s]}. */
    private static final Pattern ELAPSED = Pattern.compile("\\[([hms])\\1*\\]");

    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> cellFormats = new ArrayList<>();
    private boolean inCellXfs;
    private int depth;
    private boolean[] dates = new boolean[0];
    private boolean[] monthYear = new boolean[0];
    private boolean[] timeOnly = new boolean[0];
    private boolean[] percent = new boolean[0];
    private char[] elapsed = new char[0];

    private DateStyles() {
    }

    /** Reads the styles from {@code in}; none when the workbook has no style sheet. */
    static DateStyles read(InputStream in) throws IOException, SAXException {
        DateStyles styles = new DateStyles();
        if (in != null) {
            try {
                XMLReader reader = XMLHelper.newXMLReader();
                reader.setContentHandler(styles);
                reader.parse(new InputSource(in));
            } catch (ParserConfigurationException e) {
                throw new IOException(e);
            }
        }
        styles.dates = new boolean[styles.cellFormats.size()];
        styles.monthYear = new boolean[styles.cellFormats.size()];
        styles.timeOnly = new boolean[styles.cellFormats.size()];
        styles.percent = new boolean[styles.cellFormats.size()];
        styles.elapsed = new char[styles.cellFormats.size()];
        for (int i = 0; i < styles.dates.length; i++) {
            int id = styles.cellFormats.get(i);
            styles.dates[i] = DateUtil.isADateFormat(id, styles.formats.get(id));
            String format = styles.formats.containsKey(id) ? styles.formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            styles.monthYear[i] = styles.dates[i] && format != null && showsMonthAndYearOnly(format);
            styles.timeOnly[i] = styles.dates[i] && format != null && showsTimeOnly(format);
            styles.percent[i] = !styles.dates[i] && format != null && showsPercent(format);
            styles.elapsed[i] = format == null ? 0 : elapsedUnitOf(format);
        }
        return styles;
    }

    /**
     * True when cell style {@code index} shows a date as its month and year alone ({@code mmm-yy}, {@code mmmm yyyy}):
     * the format Excel gives a cell typed "March 2027", whose value it sets to the first of the month, a day no one typed.
     */
    boolean isMonthAndYear(int index) {
        return index >= 0 && index < monthYear.length && monthYear[index];
    }

    /** True for a date format whose codes, past its quoted words and bracketed parts, are months and years only. */
    static boolean showsMonthAndYearOnly(String format) {
        String codes = format.replaceAll("\\[.*?\\]|\"[^\"]*\"|\\\\.", "").toLowerCase(Locale.ROOT);
        int section = codes.indexOf(';');
        codes = section < 0 ? codes : codes.substring(0, section);
        return codes.indexOf('m') >= 0 && codes.indexOf('y') >= 0 && codes.chars().noneMatch(c -> "dhse".indexOf(c) >= 0);
    }

    /** True when cell style {@code index} shows a number as a time of day alone ({@code h:mm}), with no day. */
    boolean isTimeOnly(int index) {
        return index >= 0 && index < timeOnly.length && timeOnly[index];
    }

    /** True when cell style {@code index} shows a number as a percentage ({@code 0%}): 0.5 shows as 50%. */
    boolean isPercent(int index) {
        return index >= 0 && index < percent.length && percent[index];
    }

    /**
     * The unit cell style {@code index} counts past its bound ({@code h} for {@code [h]:mm}, {@code m}, {@code s}): a length
     * of time, 37:30 for 37 hours and a half, not a time of day; 0 for any other format.
     */
    char elapsedUnit(int index) {
        return index >= 0 && index < elapsed.length ? elapsed[index] : 0;
    }

    /** The unit in square brackets that the first section of {@code format} counts past its bound, or 0 for none. */
    static char elapsedUnitOf(String format) {
        String codes = format.replaceAll("\"[^\"]*\"|\\\\.", "").toLowerCase(Locale.ROOT);
        int section = codes.indexOf(';');
        Matcher m = ELAPSED.matcher(section < 0 ? codes : codes.substring(0, section));
        return m.find() ? m.group(1).charAt(0) : 0;
    }

    /** True for a date format whose codes, past its quoted words and bracketed parts, hold no day and no year. */
    static boolean showsTimeOnly(String format) {
        String codes = firstSection(format);
        return codes.indexOf('h') >= 0 && codes.chars().noneMatch(c -> c == 'd' || c == 'y');
    }

    /** True for a number format whose first section, past its quoted words, shows a percent sign. */
    static boolean showsPercent(String format) {
        return firstSection(format).indexOf('%') >= 0;
    }

    private static String firstSection(String format) {
        String codes = format.replaceAll("\\[.*?\\]|\"[^\"]*\"|\\\\.", "").toLowerCase(Locale.ROOT);
        int section = codes.indexOf(';');
        return section < 0 ? codes : codes.substring(0, section);
    }

    /** True when cell style {@code index} shows a number as a date. */
    boolean isDate(int index) {
        return index >= 0 && index < dates.length && dates[index];
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "numFmt" -> {
                Integer id = parse(atts.getValue("numFmtId"));
                if (id != null && formats.size() < MAX_STYLES) {
                    formats.put(id, atts.getValue("formatCode"));
                }
            }
            case "cellXfs" -> {
                inCellXfs = true;
                depth = 0;
            }
            case "xf" -> {
                if (inCellXfs && depth == 0 && cellFormats.size() < MAX_STYLES) {
                    Integer id = parse(atts.getValue("numFmtId"));
                    cellFormats.add(id == null ? 0 : id);
                }
                depth++;
            }
            default -> {
                if (inCellXfs) {
                    depth++;
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs) {
            depth--;
        }
    }

    private static Integer parse(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
