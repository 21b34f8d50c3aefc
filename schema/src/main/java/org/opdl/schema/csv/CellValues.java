package org.opdl.schema.csv;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Location;
import org.opdl.model.finding.Severity;
import org.opdl.model.text.Text;
import org.opdl.model.vocab.ConceptScheme;
import org.opdl.model.vocab.Lookup;
import org.opdl.model.vocab.Vocabulary;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.ReaderRule;
import org.opdl.model.field.Field;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Turns one spreadsheet value into its JSON value for a field, accepting what people and
 * spreadsheets write: labels for codes, French-locale numbers and unambiguous day-month dates,
 * yes/oui for true. Each change is reported; what cannot be read without guessing is refused.
 */
final class CellValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    private static final Pattern EXCEL_SCIENTIFIC = Pattern.compile("-?\\d+(\\.\\d+)?[eE]\\+\\d+");
    private static final Pattern EXCEL_DATE = Pattern.compile("\\d{1,2}-[A-Za-zéû]{3,5}(-\\d{2,4})?|[A-Za-zéû]{3,5}-\\d{2}");
    private static final Pattern WHOLE_WITH_ZEROS = Pattern.compile("(-?\\d+)[.,]0+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private final Vocabulary vocabulary = Vocabulary.standard();
    private final Map<String, Set<String>> codes = new HashMap<>();

    /** The JSON value of {@code value} for {@code field}; {@code where} places notes and errors. */
    JsonNode parse(Field field, String value, Location.Csv where, Consumer<Finding> notes) {
        switch (field.type()) {
            case INTEGER:
                return integer(value.strip(), where, notes);
            case DECIMAL:
                return NODES.stringNode(decimal(value.strip(), where, notes));
            case BOOLEAN:
                return bool(value.strip(), where, notes);
            case DATE:
                return NODES.stringNode(date(value.strip(), where, notes));
            case CODE:
                return NODES.stringNode(code(field.scheme().orElse(""), value.strip(), where, notes));
            case DATE_TIME:
                if (value.strip().matches("\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}(:\\d{2})?")) {
                    notes.accept(note(ReaderRule.CSV_EXCEL_DATE.id(), ReaderRule.CSV_EXCEL_DATE.severity(), where,
                            new Text("this date and time has no offset, as Excel writes it", "cette date et heure n'a pas de décalage, comme Excel l'écrit"),
                            new Text("write it as 2025-03-15T09:00:00-05:00 and format the column as text",
                                    "écrivez-la 2025-03-15T09:00:00-05:00 et mettez la colonne en format texte")));
                }
                return NODES.stringNode(value);
            case IRI:
            case STRING:
            case PHONE:
                if (EXCEL_SCIENTIFIC.matcher(value.strip()).matches()) {
                    notes.accept(note(ReaderRule.CSV_EXCEL_NUMBER.id(), ReaderRule.CSV_EXCEL_NUMBER.severity(), where,
                            new Text("\"" + value + "\" looks like a number a spreadsheet rewrote in scientific notation, losing digits",
                                    "« " + value + " » ressemble à un nombre qu'un tableur a réécrit en notation scientifique, en perdant des chiffres"),
                            new Text("format the column as text and type the value again", "mettez la colonne en format texte et retapez la valeur")));
                }
                return NODES.stringNode(value);
            default:
                return NODES.stringNode(value);
        }
    }

    private JsonNode integer(String v, Location.Csv where, Consumer<Finding> notes) {
        String s = SPACES.matcher(v).replaceAll("");
        Matcher excel = WHOLE_WITH_ZEROS.matcher(s);
        if (excel.matches()) {
            notes.accept(note(ReaderRule.CSV_EXCEL_NUMBER.id(), ReaderRule.CSV_EXCEL_NUMBER.severity(), where,
                    new Text("the whole number \"" + v + "\" was written with decimals", "le nombre entier « " + v + " » a été écrit avec des décimales"),
                    new Text("write whole numbers without decimals", "écrivez les nombres entiers sans décimales")));
            s = excel.group(1);
        }
        if (!s.matches("-?\\d{1,30}")) {
            throw wrong(where, v, new Text("a whole number such as 12", "un nombre entier comme 12"));
        }
        if (!excel.matches() && !s.equals(v)) {
            notes.accept(note(ReaderRule.CSV_NUMBER_NORMALISED.id(), ReaderRule.CSV_NUMBER_NORMALISED.severity(), where,
                    new Text("\"" + v + "\" was read as " + s, "« " + v + " » a été lu comme " + s),
                    new Text("write whole numbers without spaces, such as 1200", "écrivez les nombres entiers sans espaces, comme 1200")));
        }
        BigInteger n = new BigInteger(s);
        if (n.bitLength() < 32) {
            return NODES.numberNode(n.intValue());
        }
        return n.bitLength() < 64 ? NODES.numberNode(n.longValue()) : NODES.numberNode(n);
    }

    /** A decimal in plain notation with the digits as written; French and English grouping accepted. */
    String decimal(String v, Location.Csv where, Consumer<Finding> notes) {
        String s = SPACES.matcher(v).replaceAll("");
        s = s.replace("$", "").replace("CAD", "");
        String sign = s.startsWith("-") ? "-" : "";
        s = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        String intPart;
        String frac;
        if (comma >= 0 && dot >= 0) {
            int dec = Math.max(comma, dot);
            char group = dec == comma ? '.' : ',';
            intPart = grouped(s.substring(0, dec), group);
            frac = s.substring(dec + 1);
        } else if (comma >= 0) {
            if (s.indexOf(',') != comma) {
                intPart = grouped(s, ',');
                frac = "";
            } else if (s.length() - comma - 1 == 3) {
                throw wrong(where, v, new Text("a number such as 1500.00 or 1,5: \"" + v + "\" could mean a thousand or a decimal",
                        "un nombre comme 1500.00 ou 1,5 : « " + v + " » peut vouloir dire des milliers ou des décimales"));
            } else {
                intPart = s.substring(0, comma);
                frac = s.substring(comma + 1);
            }
        } else if (dot >= 0 && s.indexOf('.') != dot) {
            intPart = grouped(s, '.');
            frac = "";
        } else {
            intPart = dot >= 0 ? s.substring(0, dot) : s;
            frac = dot >= 0 ? s.substring(dot + 1) : null;
        }
        if (intPart == null || !intPart.matches("\\d{1,30}") || (frac != null && !frac.matches("\\d{0,30}"))) {
            throw wrong(where, v, new Text("a decimal number such as 1500.00", "un nombre décimal comme 1500.00"));
        }
        String out = sign + intPart + (frac == null || frac.isEmpty() ? "" : "." + frac);
        if (!out.equals(v)) {
            notes.accept(note(ReaderRule.CSV_NUMBER_NORMALISED.id(), ReaderRule.CSV_NUMBER_NORMALISED.severity(), where,
                    new Text("\"" + v + "\" was read as " + out, "« " + v + " » a été lu comme " + out),
                    new Text("write amounts as plain numbers with a dot, such as 1500.00",
                            "écrivez les montants comme des nombres simples avec un point, comme 1500.00")));
        }
        return out;
    }

    private static String grouped(String s, char group) {
        String[] parts = s.split(Pattern.quote(String.valueOf(group)), -1);
        if (parts.length > 1) {
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].length() != 3) {
                    return null;
                }
            }
        }
        return String.join("", parts);
    }

    private JsonNode bool(String v, Location.Csv where, Consumer<Finding> notes) {
        String k = v.toLowerCase(java.util.Locale.ROOT);
        Boolean b = switch (k) {
            case "true", "yes", "oui", "vrai", "y", "o" -> Boolean.TRUE;
            case "false", "no", "non", "faux", "n" -> Boolean.FALSE;
            default -> null;
        };
        if (b == null) {
            throw wrong(where, v, new Text("true or false (yes/no, oui/non)", "true ou false (oui/non, yes/no)"));
        }
        if (!k.equals(b.toString())) {
            notes.accept(note(ReaderRule.CSV_LABEL_NORMALISED.id(), ReaderRule.CSV_LABEL_NORMALISED.severity(), where,
                    new Text("\"" + v + "\" was read as " + b, "« " + v + " » a été lu comme " + b),
                    new Text("write true or false", "écrivez true ou false")));
        }
        return NODES.booleanNode(b);
    }

    private String date(String v, Location.Csv where, Consumer<Finding> notes) {
        Matcher m = SLASH_DATE.matcher(v);
        if (!m.matches()) {
            if (v.matches("\\d{5}")) {
                notes.accept(note(ReaderRule.CSV_EXCEL_DATE.id(), ReaderRule.CSV_EXCEL_DATE.severity(), where,
                        new Text("\"" + v + "\" looks like a date a spreadsheet turned into a serial number",
                                "« " + v + " » ressemble à une date qu'un tableur a transformée en numéro de série"),
                        new Text("format the column as text and write the date as 2025-03-15",
                                "mettez la colonne en format texte et écrivez la date 2025-03-15")));
            }
            return v;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int day;
        int month;
        if (a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12) {
            day = b;
            month = a;
        } else if (a == b && a <= 12) {
            day = a;
            month = a;
        } else {
            throw wrong(where, v, new Text("a date written as 2025-03-15; \"" + v + "\" could be read day-first or month-first",
                    "une date écrite 2025-03-15; « " + v + " » peut se lire jour d'abord ou mois d'abord"));
        }
        String iso = String.format(java.util.Locale.ROOT, "%s-%02d-%02d", m.group(3), month, day);
        notes.accept(note(ReaderRule.CSV_DATE_NORMALISED.id(), ReaderRule.CSV_DATE_NORMALISED.severity(), where,
                new Text("\"" + v + "\" was read as " + iso, "« " + v + " » a été lu comme " + iso),
                new Text("write dates as 2025-03-15", "écrivez les dates 2025-03-15")));
        return iso;
    }

    private String code(String scheme, String v, Location.Csv where, Consumer<Finding> notes) {
        Set<String> known = codes.computeIfAbsent(scheme,
                s -> vocabulary.scheme(s).map(ConceptScheme::codes).map(Set::copyOf).orElse(Set.of()));
        if (known.contains(v) || known.isEmpty()) {
            return v;
        }
        if (EXCEL_DATE.matcher(v).matches()) {
            notes.accept(note(ReaderRule.CSV_EXCEL_DATE.id(), ReaderRule.CSV_EXCEL_DATE.severity(), where,
                    new Text("\"" + v + "\" looks like a code a spreadsheet turned into a date", "« " + v + " » ressemble à un code qu'un tableur a transformé en date"),
                    new Text("format the column as text and type the code again", "mettez la colonne en format texte et retapez le code")));
            return v;
        }
        Lookup.Result r = vocabulary.lookup(v, Optional.of(scheme));
        List<Lookup.Match> matches = r.matches();
        if (matches.size() == 1 || (!matches.isEmpty() && matches.stream().map(x -> x.concept().code()).distinct().count() == 1)) {
            String code = matches.get(0).concept().code();
            notes.accept(note(ReaderRule.CSV_LABEL_NORMALISED.id(), ReaderRule.CSV_LABEL_NORMALISED.severity(), where,
                    new Text("\"" + v + "\" was read as the code " + code, "« " + v + " » a été lu comme le code " + code),
                    new Text("write the code " + code + " to skip this step", "écrivez le code " + code + " pour éviter cette étape")));
            return code;
        }
        return v;
    }

    private static ReadException wrong(Location.Csv where, String v, Text expected) {
        return new ReadException(ReaderRule.SYNTAX_CSV, where,
                new Text("the cell \"" + v + "\" cannot be read: expected " + expected.en(),
                        "la cellule « " + v + " » ne peut pas être lue : attendu " + expected.fr()),
                new Text("write " + expected.en(), "écrivez " + expected.fr()));
    }

    static Finding note(String rule, Severity severity, Location where, Text message, Text fix) {
        return new Finding(rule, severity, where, message, fix);
    }
}
