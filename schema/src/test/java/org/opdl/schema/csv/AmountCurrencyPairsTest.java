package org.opdl.schema.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.definition.FieldDefinition;
import org.opdl.model.definition.RecordDefinition;
import org.opdl.model.definition.StandardDefinition;
import org.opdl.model.field.FieldTree;

/** An amount column finds its currency column through the field tree, not through the endings of their names. */
@DisplayName("An amount and its currency are paired as the children of one sum of money")
class AmountCurrencyPairsTest {

    @Test
    @DisplayName("every amount of the standard is paired with the currency column beside it, as Fee amount with Fee currency")
    void standardPairs() {
        List<Column> columns = CsvLayout.standard().columns();
        Set<String> pointers = columns.stream().map(Column::pointer).collect(Collectors.toSet());
        Map<String, String> beside = new HashMap<>();
        pointers.stream().filter(p -> p.endsWith("/currency"))
                .forEach(p -> beside.put(p.substring(0, p.length() - "currency".length()) + "amount", p));
        beside.keySet().retainAll(pointers);
        assertThat(AmountCurrency.currencies(columns)).isNotEmpty().isEqualTo(beside)
                .containsEntry("/budget/amount", "/budget/currency");
    }

    @Test
    @DisplayName("a sum whose children the table names otherwise (budget.sum, budget.unit) is paired all the same")
    void namedOtherwise() {
        RecordDefinition listing = StandardDefinition.listing();
        RecordDefinition renamed = new RecordDefinition(listing.name(), listing.rdfClass(), listing.aligns(),
                listing.fields().stream().map(f -> switch (f.path()) {
                    case "budget.amount" -> withPath(f, "budget.sum");
                    case "budget.currency" -> withPath(f, "budget.unit");
                    default -> f;
                }).toList());
        assertThat(AmountCurrency.currencies(new CsvLayout(FieldTree.of(renamed)).columns()))
                .containsEntry("/budget/sum", "/budget/unit").doesNotContainKey("/budget/amount");
    }

    private static FieldDefinition withPath(FieldDefinition f, String path) {
        return new FieldDefinition(path, f.type(), f.scheme(), f.required(), f.repeat(), f.ordered(), f.min(), f.max(),
                f.rdfProperty(), f.rdfClass(), f.aligns(), f.heading(), f.label(), f.definition(), f.example(), f.fixed(),
                f.sheetWording(), f.sheetUnit());
    }
}
