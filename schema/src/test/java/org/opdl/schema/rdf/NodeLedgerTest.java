package org.opdl.schema.rdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.ListingCorpus;
import org.opdl.schema.format.ReadException;
import org.opdl.schema.format.SourceMap;
import org.opdl.schema.format.SourceRecord;
import org.opdl.schema.shape.Values;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("Writing RDF, each listing's id is noted by the listing's number")
class NodeLedgerTest {

    /** A map of listing {@code record} of an NDJSON file that notes every place it is asked for. */
    static SourceMap noting(int record, List<String> asked) {
        return pointer -> {
            asked.add(pointer);
            return new Location.Json("programs.ndjson", record, pointer, record + 1, 1);
        };
    }

    @Test
    @DisplayName("a listing with a new id costs no field's place: only a refusal needs one")
    void noFieldPlaceForNewIds() throws Exception {
        ListingCorpus corpus = new ListingCorpus(3L);
        List<String> asked = new CopyOnWriteArrayList<>();
        NTriplesListingWriter writer = new NTriplesListingWriter(new ByteArrayOutputStream());
        writer.begin(null, p -> new Location.Text("programs.ndjson", 0, 0));
        for (int i = 0; i < 200; i++) {
            writer.write(new SourceRecord(i, corpus.next(i), noting(i, asked), List.of()));
        }
        assertThat(asked).contains("").doesNotContain("/id");
    }

    @Test
    @DisplayName("a second listing with the same id is refused at its id, naming the first listing's number")
    void secondListingNamesTheFirst() throws Exception {
        ListingCorpus corpus = new ListingCorpus(3L);
        ObjectNode first = corpus.next(0);
        ObjectNode again = corpus.next(1);
        again.put("id", first.get("id").stringValue());
        List<String> asked = new CopyOnWriteArrayList<>();
        NTriplesListingWriter writer = new NTriplesListingWriter(new ByteArrayOutputStream());
        writer.begin(null, p -> new Location.Text("programs.ndjson", 0, 0));
        writer.write(new SourceRecord(0, corpus.next(2), noting(0, asked), List.of()));
        writer.write(new SourceRecord(1, first, noting(1, asked), List.of()));
        assertThatThrownBy(() -> writer.write(new SourceRecord(2, again, noting(2, asked), List.of())))
                .isInstanceOfSatisfying(ReadException.class, e -> {
                    assertThat(e.text().in(Lang.EN)).contains("(the first is listing 2)");
                    assertThat(e.location().record()).isEqualTo(2);
                    assertThat(e.location()).isInstanceOfSatisfying(Location.Json.class,
                            j -> assertThat(j.pointer()).isEqualTo("/id"));
                });
    }

    @Test
    @DisplayName("a description that agrees with the first but not with a fuller second one is refused, naming the second")
    void conflictWithALaterDescription() {
        NodeLedger ledger = new NodeLedger();
        String nfb = Values.PROVIDER_BASE + "nfb";
        ledger.organisation(nfb, organisation("{\"en\": \"National Film Board of Canada\"}"), noting(0, new ArrayList<>()), "/provider");
        ledger.organisation(nfb, organisation("{\"en\": \"National Film Board of Canada\", \"fr\": \"Office national du film du Canada\"}"),
                noting(1, new ArrayList<>()), "/partners/0");
        ObjectNode other = organisation("{\"en\": \"National Film Board of Canada\", \"fr\": \"ONF\"}");
        assertThatThrownBy(() -> ledger.organisation(nfb, other, noting(2, new ArrayList<>()), "/funders/0"))
                .isInstanceOfSatisfying(ReadException.class, e -> {
                    assertThat(e.text().en()).contains("provider:nfb").contains("/partners/0").contains("/name/fr differs");
                    assertThat(e.location()).isInstanceOfSatisfying(Location.Json.class,
                            j -> assertThat(j.pointer()).isEqualTo("/funders/0/name/fr"));
                });
    }

    @Test
    @DisplayName("a conflict with a description in another file names that file, in both languages")
    void conflictNamesTheOtherFile() {
        NodeLedger ledger = new NodeLedger();
        String nfb = Values.PROVIDER_BASE + "nfb";
        SourceMap spring = p -> new Location.Json("spring.json", 0, p, 12, 5);
        ledger.organisation(nfb, organisation("{\"en\": \"National Film Board of Canada\"}"), spring, "/provider");
        ObjectNode other = organisation("{\"en\": \"NFB\"}");
        assertThatThrownBy(() -> ledger.organisation(nfb, other, noting(0, new ArrayList<>()), "/provider"))
                .isInstanceOfSatisfying(ReadException.class, e -> {
                    assertThat(e.text().en()).contains("here and at spring.json: line 12");
                    assertThat(e.text().fr()).contains("ici et à spring.json : ligne 12");
                });
    }

    private static ObjectNode organisation(String name) {
        return (ObjectNode) tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree("{\"id\": \"provider:nfb\", \"name\": " + name + "}");
    }
}
