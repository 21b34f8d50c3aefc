package org.opdl.schema.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Finding;
import org.opdl.schema.format.DatasetSink;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("A JSON array read on several threads gives the answers of the plain read")
class ParallelJsonArrayTest {

    private static List<String> read(byte[] json, int threads, Limits limits) {
        List<String> out = new ArrayList<>();
        try {
            new JsonListingReader(limits, threads).read("programs.json", new ByteArrayInputStream(json),
                    new DatasetSink() {
                        @Override
                        public void dataset(ObjectNode fields) {
                            out.add("dataset " + fields);
                        }

                        @Override
                        public void datasetEnd(ObjectNode fields) {
                            out.add("end " + fields);
                        }

                        @Override
                        public void record(SourceRecord r) {
                            out.add(r.index() + " " + r.listing() + " @ " + r.sourceMap().locate("") + " "
                                    + r.sourceMap().locate("/title/fr") + " " + r.sourceMap().locate("/programTypes/0"));
                        }

                        @Override
                        public void note(Finding f) {
                            out.add("note " + f.ruleId() + " " + f.location() + " " + f.message().en());
                        }
                    });
        } catch (ReadException e) {
            out.add("stop " + e.rule().id() + " " + e.location() + " " + e.text().en());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void same(String json) {
        same(json.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT);
    }

    private static void same(byte[] json, Limits limits) {
        List<String> plain = read(json, 1, limits);
        List<String> parallel = read(json, 3, limits);
        int i = 0;
        while (i < plain.size() && i < parallel.size() && plain.get(i).equals(parallel.get(i))) {
            i++;
        }
        String text = new String(json, StandardCharsets.UTF_8);
        assertThat(i < parallel.size() ? parallel.get(i) : "(nothing)")
                .as("answer %d of a file of %d bytes, starting %s", i, json.length, text.substring(0, Math.min(80, text.length())))
                .isEqualTo(i < plain.size() ? plain.get(i) : "(nothing)");
    }

    /** Labs of a provider, as a dataset with fields before and after its listings, one per line or all on one. */
    private static String labs(int count, String between) {
        StringBuilder s = new StringBuilder("{\"type\": \"Dataset\", \"standardVersion\": \"0.2\",").append(between)
                .append("\"listings\": [").append(between);
        for (int i = 0; i < count; i++) {
            s.append(i == 0 ? "" : "," + between)
                    .append("{\"id\": \"listing:nsi/lab-").append(i).append("\", \"title\": {\"en\": \"Producers Lab ").append(i)
                    .append("\", \"fr\": \"Laboratoire des producteurs \\u00e9 ").append(i)
                    .append("\"},").append(i % 7 == 0 ? "\r\n  " : " ").append("\"programTypes\": [\"lab\", {\"a\": \"}]\\\"\"}]}");
        }
        return s.append(between).append("], \"publisher\": {\"en\": \"NSI\"}}").toString();
    }

    @Test
    @DisplayName("the same records, indexes, places and dataset fields, minified, one per line, and as a bare array")
    void sameRecords() {
        for (String between : List.of("", "\n", "\r\n\t ")) {
            String file = labs(1_500, between);
            List<String> plain = read(file.getBytes(StandardCharsets.UTF_8), 1, Limits.DEFAULT);
            assertThat(plain).hasSize(1 + 1_500 + 1);
            same(file);
            same(file.substring(file.indexOf('[') , file.lastIndexOf(']') + 1));
        }
        same("[]");
        same("{\"listings\": []}");
        same("\uFEFF[{\"id\": \"x\"}]");
    }

    @Test
    @DisplayName("what is out of the plain case stops both reads at the same place, after the same records")
    void sameStops() {
        String file = labs(1_200, "\n");
        int late = file.indexOf("{\"id\": \"listing:nsi/lab-900\"");
        for (String broken : List.of("{\"id\": 1 2}", "7", "{\"a\": [}]", "{\"a\": \"\\ud800\"}", "{\"a\": 1, \"a\": 2}",
                "{\"t\": \"tab\there\"}", "{\"a\": tru}", "{} {}", "{},", "}")) {
            same(file.substring(0, late) + broken + ",\n" + file.substring(late));
        }
        same(file.substring(0, late));
        same(file.substring(0, late) + "{\"title\": \"");
        same(file.replace("\"publisher\"", "\"type\""));
        same(file + " trailing");
        same(file.replace("], \"publisher\"", "] \"publisher\""));
    }

    @Test
    @DisplayName("limits on depth, listing size and listing count stop both reads at the same place")
    void sameLimits() {
        String file = labs(600, "\n");
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);
        same(bytes, Limits.DEFAULT.withMaxDepth(4));
        same(bytes, Limits.DEFAULT.withMaxDepth(5));
        same(bytes, sized(120, Limits.DEFAULT.maxRecords()));
        same(bytes, sized(Limits.DEFAULT.maxRecordBytes(), 450));
        same(bytes, Limits.DEFAULT.withMaxFileBytes(bytes.length / 2));
    }

    private static Limits sized(int maxRecordBytes, long maxRecords) {
        Limits d = Limits.DEFAULT;
        return new Limits(d.maxDepth(), d.maxStringLength(), d.maxNameLength(), d.maxNumberLength(), d.maxFileBytes(),
                maxRecordBytes, maxRecords, d.maxRows(), d.maxCells(), d.regexTime());
    }

    @Test
    @DisplayName("files with a byte changed, removed or added anywhere read the same")
    void sameMutants() {
        byte[] small = labs(4, "\n").getBytes(StandardCharsets.UTF_8);
        byte[] large = labs(700, "").getBytes(StandardCharsets.UTF_8);
        byte[] alphabet = "{}[],:\"\\ \n0a\u00e9".getBytes(StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(21);
        for (int i = 0; i < 400; i++) {
            byte[] base = i % 20 == 0 ? large : small;
            same(mutant(base, alphabet, random), Limits.DEFAULT);
        }
    }

    private static byte[] mutant(byte[] base, byte[] alphabet, SplittableRandom random) {
        int at = random.nextInt(base.length);
        byte b = alphabet[random.nextInt(alphabet.length)];
        return switch (random.nextInt(3)) {
            case 0 -> {
                byte[] m = base.clone();
                m[at] = b;
                yield m;
            }
            case 1 -> {
                byte[] m = new byte[base.length - 1];
                System.arraycopy(base, 0, m, 0, at);
                System.arraycopy(base, at + 1, m, at, base.length - at - 1);
                yield m;
            }
            default -> {
                byte[] m = new byte[base.length + 1];
                System.arraycopy(base, 0, m, 0, at);
                m[at] = b;
                System.arraycopy(base, at, m, at + 1, base.length - at);
                yield m;
            }
        };
    }
}
