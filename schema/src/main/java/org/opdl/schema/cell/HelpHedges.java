package org.opdl.schema.cell;

import java.util.regex.Pattern;
import org.opdl.model.text.Folding;

/**
 * Words that say financial help may be given, not that it is, as calls hedge it: "Possibly",
 * "peut-être", "subject to funding", "selon le financement". Any other words in the column of
 * financial help name the help, and yes goes with them; these name none, and yes would state what
 * the call does not, so their fix says to write yes only if the call says help is offered.
 */
final class HelpHedges {

    /** A hedge alone, once folded, or a condition on the program's own funds. */
    private static final Pattern HEDGE = Pattern.compile("(?:possibly|maybe|perhaps|possible|potentially|peut etre|possiblement|eventuellement"
            + "|(?:subject to|depending on|dependent on|if) (?:funding|available funds|funds allow|funding allows|funding permits|availability)"
            + "|if available|(?:selon|sous reserve d[eu]|en fonction d[eu]) (?:(?:le|la|les) )?(?:fonds disponibles|financement|disponibilite des fonds)"
            + "|si disponible|si les fonds le permettent)");

    private HelpHedges() {
    }

    /** True when {@code v} says help may be given without saying it is. */
    static boolean hedged(String v) {
        return HEDGE.matcher(Folding.fold(v)).matches();
    }
}
