package org.opdl.schema.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.opdl.model.definition.FieldType;
import org.opdl.model.field.FieldTree;
import org.opdl.model.field.FieldWalk;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.Values;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whole numbers written with a fraction or an exponent ({@code 8.0}, {@code 1.0e1}) in a field that
 * takes a whole number. JSON Schema counts them as integers, so {@code validate} accepts them; the
 * formats other than JSON write an integer's digits, so they are given as the integer they equal
 * (the same value, nothing lost) rather than refused as "not a whole number".
 */
final class WholeNumbers {

    /** The most digits a whole number may have and still be read back: the readers' number-length limit. */
    private static final int MAX_DIGITS = 100;
    private static final FieldWalk INTEGERS = FieldTree.listing().select(f -> f.type() == FieldType.INTEGER);

    private WholeNumbers() {
    }

    /** Rewrites, in place, each whole number of an integer field that is not written as an integer. */
    static void rewrite(SourceRecord record) {
        ObjectNode listing = record.listing();
        INTEGERS.walk(listing, (field, pointer, value) -> {
            if (!value.isNumber() || value.isIntegralNumber()) {
                return;
            }
            BigDecimal d = value.decimalValue().stripTrailingZeros();
            if (d.scale() > 0) {
                return; // a true fraction: the writer refuses it as a value of the wrong kind
            }
            if (d.precision() - d.scale() > MAX_DIGITS) {
                throw Values.unmappable(record.sourceMap(), pointer,
                        ConvertMessages.WHOLE_NUMBER_MORE.text(value.asString(), MAX_DIGITS),
                        ConvertMessages.CHECK_VALUE_NO.text());
            }
            BigInteger whole = d.toBigIntegerExact();
            JsonPointer at = JsonPointer.compile(pointer);
            JsonNode parent = listing.at(at.head());
            JsonNode replacement = JsonNodeFactory.instance.numberNode(whole);
            if (parent instanceof ObjectNode o) {
                o.set(at.last().getMatchingProperty(), replacement);
            } else if (parent instanceof ArrayNode a) {
                a.set(at.last().getMatchingIndex(), replacement);
            }
        });
    }
}
