import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.writer.WriterStreamRDFPlain;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.atlas.io.IndentedWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark's floor: the least work that turns OPDL NDJSON into the same N-Triples, with
 * Jackson and Jena and no checks, no source positions and no error handling. bench/convert.sh
 * compiles and runs it; opdl convert is measured against it.
 */
public final class Floor {

    static final String NS = "https://w3id.org/opdl/ns#";
    static final String VOCAB = "https://w3id.org/opdl/vocab/";
    static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final Set<String> TEXT = Set.of("name", "title", "description", "stageWording", "membershipRequired", "notes",
            "accessibility", "moneyNotes");
    static final Set<String> IDS = Set.of("website", "url", "source");
    static final Set<String> LISTS = Set.of("workingLanguages", "intakes");
    static final Map<String, String> CODES = Map.ofEntries(Map.entry("programTypes", "program-type"),
            Map.entry("topics", "topic"), Map.entry("careerStages", "career-stage"), Map.entry("residence", "region"),
            Map.entry("residencyStatus", "residency-status"), Map.entry("targetGroups", "target-group"),
            Map.entry("participationUnit", "participation-unit"), Map.entry("deliveryMode", "delivery-mode"),
            Map.entry("region", "region"), Map.entry("mode", "time-commitment"), Map.entry("recurrence", "recurrence"),
            Map.entry("feeType", "fee-type"), Map.entry("period", "stipend-period"), Map.entry("status", "listing-status"));
    static final Map<String, String> TYPED = Map.of("applicationOpens", "date", "applicationDeadline", "date",
            "startDate", "date", "endDate", "date", "duration", "duration", "lastUpdated", "dateTime",
            "hoursPerWeek", "decimal", "rate", "decimal");

    private final StreamRDF out;
    private long blanks;

    Floor(StreamRDF out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(args[0]), StandardCharsets.UTF_8), 1 << 16);
                OutputStream os = new BufferedOutputStream(new FileOutputStream(args[1]), 1 << 16)) {
            IndentedWriter w = new IndentedWriter(os);
            StreamRDF stream = new WriterStreamRDFPlain(w);
            stream.start();
            Floor floor = new Floor(stream);
            String line;
            while ((line = in.readLine()) != null) {
                JsonNode l = mapper.readTree(line);
                floor.object(NodeFactory.createURI(expand(l.get("id").asString())), l, "");
            }
            stream.finish();
            w.flush();
        }
    }

    static String expand(String id) {
        if (id.startsWith("listing:")) {
            return "https://w3id.org/opdl/listing/" + id.substring(8);
        }
        return id.startsWith("provider:") ? "https://w3id.org/opdl/provider/" + id.substring(9) : id;
    }

    void object(Node s, JsonNode o, String parent) {
        for (var e : o.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            if (k.equals("id")) {
                continue;
            }
            if (k.equals("type")) {
                out.triple(org.apache.jena.graph.Triple.create(s, NodeFactory.createURI(RDF + "type"), NodeFactory.createURI(NS + v.asString())));
                continue;
            }
            Node p = NodeFactory.createURI(NS + k);
            if (LISTS.contains(k)) {
                Node cell = blank();
                emit(s, p, cell);
                for (int i = 0; i < v.size(); i++) {
                    value(cell, NodeFactory.createURI(RDF + "first"), k, v.get(i));
                    Node next = i + 1 < v.size() ? blank() : NodeFactory.createURI(RDF + "nil");
                    emit(cell, NodeFactory.createURI(RDF + "rest"), next);
                    cell = next;
                }
            } else if (v.isArray()) {
                for (JsonNode item : v) {
                    value(s, p, k, item);
                }
            } else {
                value(s, p, k, v);
            }
        }
    }

    void value(Node s, Node p, String k, JsonNode v) {
        if (TEXT.contains(k)) {
            for (var e : v.properties()) {
                emit(s, p, NodeFactory.createLiteralLang(e.getValue().asString(), e.getKey()));
            }
        } else if (v.isObject()) {
            Node o = v.has("id") ? NodeFactory.createURI(expand(v.get("id").asString())) : blank();
            emit(s, p, o);
            object(o, v, k);
        } else if (CODES.containsKey(k)) {
            emit(s, p, NodeFactory.createURI(VOCAB + CODES.get(k) + "/" + v.asString()));
        } else if (IDS.contains(k)) {
            emit(s, p, NodeFactory.createURI(v.asString()));
        } else if (TYPED.containsKey(k)) {
            emit(s, p, NodeFactory.createLiteralDT(v.asString(), TypeMapper.getInstance().getSafeTypeByName(XSD + TYPED.get(k))));
        } else if (v.isIntegralNumber()) {
            emit(s, p, NodeFactory.createLiteralDT(v.asString(), TypeMapper.getInstance().getSafeTypeByName(XSD + "integer")));
        } else if (v.isBoolean()) {
            emit(s, p, NodeFactory.createLiteralDT(v.asString(), TypeMapper.getInstance().getSafeTypeByName(XSD + "boolean")));
        } else {
            emit(s, p, NodeFactory.createLiteralString(v.asString()));
        }
    }

    Node blank() {
        return NodeFactory.createBlankNode("f" + Long.toString(blanks++, 36));
    }

    void emit(Node s, Node p, Node o) {
        out.triple(org.apache.jena.graph.Triple.create(s, p, o));
    }
}
