package org.opdl.schema.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opdl.model.text.Folding;

/**
 * A region cell that names Canada less some provinces, as calls word who may apply: "partout au
 * Canada sauf au Québec", "Canada-wide except Quebec", "hors Québec", "Canada (excl. QC)". No code says "except", and
 * the nearest label ("Canada-wide") says the opposite of what was meant, so the cell is refused
 * with the provinces and territories it leaves in, written as the column takes them.
 */
final class RegionExceptions {

    /** The provinces and territories of Canada, as the region scheme codes them. */
    private static final List<String> PROVINCES = List.of("CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL", "CA-NS", "CA-NT", "CA-NU",
            "CA-ON", "CA-PE", "CA-QC", "CA-SK", "CA-YT");
    /** All of Canada, then the words that leave some of it out, then what they leave out. */
    private static final Pattern EXCEPT = Pattern.compile("(?iu)^(?<whole>.*?)[\\s,(]*(?:\\bexcept(?:\\s+for)?|\\bexcluding|\\bexcl\\.|\\bexcl\\b|\\bnot including|\\bsans|\\bnon compris|\\bother than|\\bbut not"
            + "|\\boutside(?:\\s+of)?|\\bsauf|à l['’]exception d[eu]|à l['’]extérieur d[eu]|\\bexcepté|\\bhors)\\s+(?:in\\s+|au\\s+|aux\\s+|en\\s+|à\\s+|du\\s+"
            + "|de\\s+la\\s+|de\\s+l['’]|des\\s+|the\\s+|le\\s+|la\\s+|les\\s+|l['’])?(?<left>[^)]+)\\)?$");
    /** What stands for all of Canada before the exception, once folded: empty, or words that name Canada or its provinces. */
    private static final Pattern ALL_OF_CANADA = Pattern.compile("|.*\\bcanad.*|.*\\bprovinces?\\b.*|partout|everywhere|anywhere|national|pancanadien(?:ne)?");
    /** Between the provinces left out: "Québec et Ontario", "QC, ON". */
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\band\\b|\\bet\\b|\\bor\\b|\\bou\\b)\\s*(?:(?:in|au|en|du|de la|the|le|la)\\s+)?");

    private RegionExceptions() {
    }

    /**
     * Why {@code v} cannot be read as regions, and the regions to write, when it names Canada less
     * provinces or territories that {@code codeOf} finds; empty for any other cell.
     */
    static Optional<Unreadable> explain(String v, Function<String, Optional<String>> codeOf) {
        Matcher m = EXCEPT.matcher(v.strip());
        if (!m.matches() || !ALL_OF_CANADA.matcher(Folding.fold(m.group("whole"))).matches()) {
            return Optional.empty();
        }
        List<String> left = new ArrayList<>();
        for (String part : SEPARATORS.split(m.group("left").strip())) {
            Optional<String> code = codeOf.apply(part.strip()).filter(PROVINCES::contains);
            if (code.isEmpty()) {
                return Optional.empty();
            }
            left.add(code.get());
        }
        List<String> kept = PROVINCES.stream().filter(p -> !left.contains(p)).toList();
        return Optional.of(new Unreadable(v, Refusal.REGION_EXCEPT, v.strip(), String.join(", ", left), String.join(" | ", kept)));
    }
}
