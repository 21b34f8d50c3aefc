package org.opdl.schema.cell;

import java.util.Optional;
import java.util.regex.Pattern;
import org.opdl.model.field.Field;
import org.opdl.model.text.Folding;

/**
 * What calls write of the sales tax where a sheet asks whether it is added to a fee: "taxes
 * incluses", "tax included", "TTC" (the tax is in the amount: no) and "+ taxes", "plus HST",
 * "taxes en sus" (it is added: yes). Each has one meaning in that column, so it is read there, and
 * only there: elsewhere such words are no yes or no.
 */
public final class TaxWords {

    /** The path of the field that says whether sales tax is added to a fee. */
    private static final String PLUS_TAX = "fees.plusTax";
    /** A sales tax by its names in English and French, once folded ("GST/PST" folds to "gst pst"). */
    private static final String TAX = "(?:(?:all |applicable |les )?(?:sales )?tax(?:es)?(?: applicables?)?(?: de vente)?"
            + "|hst|gst|pst|qst|gst pst|gst qst|tvh|tps|tvq|tps tvq|tx)";
    /** The tax said to be in the amount, once folded: "taxes incluses", "tax included", "TTC", "incl. tax". */
    private static final Pattern INCLUDED = Pattern.compile(TAX + " (?:included|incl|in|incluses?|inclus|comprises?|compris)"
            + "|(?:including|incl|inclusive of) " + TAX + "|(?:toutes )?taxes comprises|ttc");
    /** The tax said to be added, once folded: "+ taxes", "plus HST", "taxes en sus", "tax extra". */
    private static final Pattern ADDED = Pattern.compile("(?:\\+|plus) ?" + TAX + "|" + TAX + " (?:en sus|extra|additional|not included|non incluses?|en plus)");

    private TaxWords() {
    }

    /** True when the words {@code v}, once folded, say that the sales tax is in the amount: "tax included", "TTC". */
    public static boolean included(String v) {
        return INCLUDED.matcher(Folding.fold(v)).matches();
    }

    /** Whether sales tax is added to the fee, as the words of {@code v} in {@code field}'s column say; empty for any other cell. */
    static Optional<Boolean> plusTax(Field field, String v) {
        if (!field.path().equals(PLUS_TAX)) {
            return Optional.empty();
        }
        String folded = Folding.fold(v);
        if (INCLUDED.matcher(folded).matches()) {
            return Optional.of(Boolean.FALSE);
        }
        return ADDED.matcher(folded).matches() ? Optional.of(Boolean.TRUE) : Optional.empty();
    }
}
