package org.opdl.validator.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.schema.format.SourceRecord;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@DisplayName("Merging providers' files")
class MergerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static SourceRecord listing(int index, String id, String title, String updated, String providerName) {
        ObjectNode n = (ObjectNode) JSON.readTree("""
                {"id": "%s", "provider": {"id": "provider:cmpa", "name": {"en": "%s"}}, "title": {"en": "%s"},
                 "lastUpdated": "%s"}
                """.formatted(id, providerName, title, updated));
        return new SourceRecord(index, n, p -> null, List.of());
    }

    @Test
    @DisplayName("the same id in two files: --prefer first keeps the first, and says what was dropped")
    void first() {
        List<Merger.Finding> found = new ArrayList<>();
        Merger m = new Merger(Merger.Prefer.FIRST, found::add);
        List<SourceRecord> written = new ArrayList<>();
        add(m, written, "cmpa.csv", listing(0, "listing:cmpa/wide-lens", "Wide Lens", "2025-01-01T00:00:00Z", "CMPA"));
        add(m, written, "season.json", listing(4, "listing:cmpa/wide-lens", "Wide Lens", "2026-01-01T00:00:00Z", "CMPA"));
        assertThat(written).hasSize(1);
        assertThat(written.get(0).listing().path("lastUpdated").asString()).startsWith("2025");
        assertThat(m.dropped()).isEqualTo(1);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.text().en())
                .contains("cmpa.csv listing 1").contains("season.json listing 5").contains("kept cmpa.csv listing 1 (read first)"));
    }

    @Test
    @DisplayName("--prefer newest keeps the listing updated last")
    void newest() {
        List<Merger.Finding> found = new ArrayList<>();
        Merger m = new Merger(Merger.Prefer.NEWEST, found::add);
        m.add("cmpa.csv", listing(0, "listing:cmpa/wide-lens", "Wide Lens", "2025-01-01T00:00:00Z", "CMPA"));
        m.add("season.json", listing(0, "listing:cmpa/wide-lens", "Wide Lens", "2026-01-01T00:00:00Z", "CMPA"));
        assertThat(m.kept().get(0).listing().path("lastUpdated").asString()).startsWith("2026");
        assertThat(found.get(0).text().fr()).contains("gardé : season.json fiche 1");
    }

    @Test
    @DisplayName("an organisation described two ways keeps its first description, and it is reported")
    void organizations() {
        List<Merger.Finding> found = new ArrayList<>();
        Merger m = new Merger(Merger.Prefer.FIRST, found::add);
        List<SourceRecord> written = new ArrayList<>();
        add(m, written, "a.json", listing(0, "listing:cmpa/a", "Prime Time", "2025-01-01T00:00:00Z", "Canadian Media Producers Association"));
        add(m, written, "b.json", listing(0, "listing:cmpa/b", "Wide Lens", "2025-01-01T00:00:00Z", "CMPA"));
        assertThat(written.get(1).listing().at("/provider/name/en").asString()).isEqualTo("Canadian Media Producers Association");
        assertThat(found).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("organization"));
    }

    @Test
    @DisplayName("an organisation whose French name only one file gives is no conflict: nothing is reported or rewritten")
    void descriptionThatOnlyLacksValues() {
        List<Merger.Finding> found = new ArrayList<>();
        Merger m = new Merger(Merger.Prefer.FIRST, found::add);
        List<SourceRecord> written = new ArrayList<>();
        add(m, written, "a.json", listing(0, "listing:cmpa/a", "Prime Time", "2025-01-01T00:00:00Z", "Canadian Media Producers Association"));
        SourceRecord b = listing(0, "listing:cmpa/b", "Wide Lens", "2025-01-01T00:00:00Z", "Canadian Media Producers Association");
        ((ObjectNode) b.listing().at("/provider/name")).put("fr", "Association canadienne des producteurs médiatiques");
        add(m, written, "b.json", b);
        add(m, written, "c.json", listing(0, "listing:cmpa/c", "Export Mentorship", "2025-01-01T00:00:00Z", "CMPA"));
        assertThat(written.get(1).listing().at("/provider/name/fr").asString()).isEqualTo("Association canadienne des producteurs médiatiques");
        assertThat(written.get(0).listing().at("/provider/name").has("fr")).isFalse();
        assertThat(found).singleElement().satisfies(f -> assertThat(f.text().en()).contains("c.json").doesNotContain("b.json"));
    }

    @Test
    @DisplayName("two listings with the same provider and title under different ids are reported, and both kept")
    void lookAlike() {
        List<Merger.Finding> found = new ArrayList<>();
        Merger m = new Merger(Merger.Prefer.FIRST, found::add);
        List<SourceRecord> written = new ArrayList<>();
        add(m, written, "a.json", listing(0, "listing:cmpa/prime-time", "Prime Time", "2025-01-01T00:00:00Z", "CMPA"));
        add(m, written, "b.json", listing(2, "listing:cmpa/primetime-2026", "PRIME TIME", "2025-01-01T00:00:00Z", "CMPA"));
        assertThat(written).hasSize(2);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("look-alike");
            assertThat(f.text().en()).contains("a.json listing 1").contains("b.json listing 3");
        });
    }

    /** Adds {@code r} as opdl merge does, keeping in {@code written} what a streaming merger hands back to be written. */
    private static void add(Merger m, List<SourceRecord> written, String source, SourceRecord r) {
        if (m.add(source, r)) {
            written.add(r);
        }
    }

    @Test
    @DisplayName("K13: --prefer first hands each new listing back to be written at once and holds none; --prefer newest holds them")
    void firstStreams() {
        Merger first = new Merger(Merger.Prefer.FIRST, f -> { });
        assertThat(first.streams()).isTrue();
        assertThat(first.add("a.json", listing(0, "listing:cmpa/prime-time", "Prime Time", "2025-01-01T00:00:00Z", "CMPA"))).isTrue();
        assertThat(first.add("b.json", listing(0, "listing:cmpa/prime-time", "Prime Time", "2026-01-01T00:00:00Z", "CMPA"))).isFalse();
        assertThat(first.add("b.json", listing(1, "listing:cmpa/wide-lens", "Wide Lens", "2026-01-01T00:00:00Z", "CMPA"))).isTrue();
        assertThat(first.keptCount()).isEqualTo(2);
        assertThat(first.dropped()).isEqualTo(1);
        assertThatThrownBy(first::kept).isInstanceOf(IllegalStateException.class);
        Merger newest = new Merger(Merger.Prefer.NEWEST, f -> { });
        assertThat(newest.streams()).isFalse();
        newest.add("a.json", listing(0, "listing:cmpa/prime-time", "Prime Time", "2025-01-01T00:00:00Z", "CMPA"));
        assertThat(newest.add("b.json", listing(0, "listing:cmpa/prime-time", "Prime Time", "2026-01-01T00:00:00Z", "CMPA"))).isFalse();
        assertThat(newest.keptCount()).isEqualTo(1);
        assertThat(newest.kept()).singleElement().satisfies(r -> assertThat(r.listing().path("lastUpdated").asString()).startsWith("2026"));
    }

    @Test
    @DisplayName("K17, K25: the merger hands each finding to the consumer it is made with as it is found, keeps none, and counts them")
    void findingsHandedOn() {
        List<Merger.Finding> seen = new ArrayList<>();
        Merger m = new Merger(Merger.Prefer.FIRST, seen::add);
        m.add("season.ndjson", listing(0, "listing:cmpa/prime-time", "Prime Time", "2025-01-01T00:00:00Z", "CMPA"));
        m.add("resubmitted.ndjson", listing(0, "listing:cmpa/prime-time", "Prime Time", "2026-01-01T00:00:00Z", "CMPA"));
        assertThat(seen).as("told before the next listing is read").singleElement()
                .satisfies(f -> assertThat(f.text().en()).contains("season.ndjson listing 1").contains("resubmitted.ndjson listing 1"));
        m.add("resubmitted.ndjson", listing(1, "listing:cmpa/primetime-2026", "PRIME TIME", "2026-01-01T00:00:00Z", "CMPA"));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(1).kind()).isEqualTo("look-alike");
        assertThat(m.findingCount()).isEqualTo(2);
    }
}
