package org.opdl.validator.internal.schema;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.NodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * Gives networknt the standard's schemas as {@link SchemaTree} reads them, with the streaming
 * parser only. networknt's own reader first builds a data-binding mapper, which cost about 0.15 s
 * of CPU time at the first listing the schema gate cannot pass (and as much of a cold start on an
 * invalid listing). The trees are the same as networknt's for the standard's schemas, whose numbers
 * are all whole; a schema with a fraction goes to networknt's reader, which keeps its precision.
 */
final class SchemaNodeSource implements NodeReader {


    @Override
    public JsonNode readTree(String content, InputFormat format) {
        return readTree(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), format);
    }

    @Override
    public JsonNode readTree(InputStream in, InputFormat format) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (format == InputFormat.JSON) {
            JsonNode tree = SchemaTree.read(new ByteArrayInputStream(bytes));
            if (!hasFraction(tree)) {
                return tree;
            }
        }
        // Built only here: networknt's reader sets up its mapper when made.
        return NodeReader.builder().build().readSchema(new ByteArrayInputStream(bytes), format);
    }

    private static boolean hasFraction(JsonNode n) {
        if (n.isFloatingPointNumber()) {
            return true;
        }
        for (JsonNode child : n) {
            if (hasFraction(child)) {
                return true;
            }
        }
        return false;
    }
}
