package org.opdl.validator.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opdl.model.field.JsonPointer;
import org.opdl.model.text.Prose;

/** Lays a landscape's figures out as the blocks of the report, in its order: comparison, counts, gaps, wording, quality. */
final class Document {

    /** The wordings shown for each stage, the most used first. */
    private static final int SHOWN_WORDINGS = 5;

    private final Landscape l;
    private final Labels w;
    private final List<Block> out = new ArrayList<>();

    private Document(Landscape l, Labels w) {
        this.l = l;
        this.w = w;
    }

    static List<Block> of(Landscape l, Labels w) {
        Document d = new Document(l, w);
        d.intro();
        d.comparison();
        d.distributions();
        d.gaps();
        d.wordings();
        d.quality();
        return d.out;
    }

    private void intro() {
        out.add(new Block.Heading(1, w.text("report.title")));
        out.add(new Block.Paragraph(w.text("report.intro", l.included(), l.listings())));
        if (l.repeated() > 0) {
            out.add(new Block.Paragraph(w.text("report.repeated", l.repeated())));
        }
        if (l.excluded().isEmpty()) {
            out.add(new Block.Paragraph(w.text("report.none-excluded")));
            return;
        }
        long left = l.listings() - l.included();
        out.add(new Block.Paragraph(w.text(left == 1 ? "report.excluded.one" : "report.excluded.other", left)));
        List<List<Block.Cell>> rows = new ArrayList<>();
        l.excluded().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> rows.add(List.of(
                Block.Cell.text(e.getKey()), figure(e.getValue(), "/excluded/" + JsonPointer.escape(e.getKey())))));
        out.add(new Block.Table(w.text("report.excluded.caption"), List.of(w.text("column.rule"), w.text("column.listings")), rows));
    }

    private void comparison() {
        out.add(new Block.Heading(2, w.text("section.comparison")));
        out.add(new Block.Paragraph(w.text("comparison.intro")));
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Landscape.Comparison c : l.comparisons()) {
            rows.add(List.of(Block.Cell.text(w.text("comparison." + c.id())), Block.Cell.text(w.text("comparison." + c.id() + ".industry")),
                    figure(c.count(), "/comparisons/" + c.id() + "/count"),
                    figure(c.base(), "/comparisons/" + c.id() + "/base"),
                    Block.Cell.text(c.id().equals("programs") ? "" : w.share(c.count(), c.base())),
                    Block.Cell.text(w.verdict(c))));
        }
        out.add(new Block.Table(w.text("comparison.caption"), List.of(w.text("column.figure"), w.text("column.industry"),
                w.text("column.listings"), w.text("column.base"), w.text("column.share"), w.text("column.verdict")), rows));
        l.comparisons().forEach(c -> out.add(new Block.Paragraph(w.comparison(c))));
    }

    private void distributions() {
        out.add(new Block.Heading(2, w.text("section.distributions")));
        out.add(new Block.Paragraph(w.text("distributions.intro", l.included())));
        for (Landscape.Distribution d : l.distributions()) {
            String name = w.dimension(d.dimension());
            out.add(new Block.Heading(3, name));
            if (d.dimension().equals("admitted-stage")) {
                out.add(new Block.Paragraph(w.text("distributions.admitted")));
            }
            List<Block.Bar> bars = new ArrayList<>();
            List<List<Block.Cell>> rows = new ArrayList<>();
            String at = "/distributions/" + d.dimension();
            d.counts().forEach((code, n) -> {
                String label = w.code(d.dimension(), code);
                String share = w.share(n, d.base());
                if (n > 0) {
                    bars.add(new Block.Bar(label, n, w.number(n) + " (" + share + ")"));
                }
                rows.add(List.of(Block.Cell.text(label), figure(n, at + "/counts/" + JsonPointer.escape(code)),
                        Block.Cell.text(share)));
            });
            String notStated = w.text(d.dimension().equals("admitted-stage") ? "distributions.no-bounds" : "distributions.not-stated");
            bars.add(new Block.Bar(notStated, d.notStated(), w.number(d.notStated()) + " (" + w.share(d.notStated(), d.base()) + ")"));
            rows.add(List.of(Block.Cell.text(notStated), figure(d.notStated(), at + "/notStated"),
                    Block.Cell.text(w.share(d.notStated(), d.base()))));
            out.add(new Block.Chart(name, w.text("chart.description", Prose.midSentence(name), d.base()), bars));
            out.add(new Block.Table(name, List.of(w.text("column.value"), w.text("column.listings"), w.text("column.share")), rows));
        }
    }

    private void gaps() {
        Landscape.Gaps g = l.gaps();
        out.add(new Block.Heading(2, w.text("section.gaps")));
        out.add(new Block.Paragraph(w.text(g.openListings() == 0 ? "gaps.none-open" : "gaps.intro", g.openListings(), l.included())));
        if (g.openByDates() > 0) {
            // Listings open by their dates alone are said, so that a reader who adds up the status table finds the difference.
            out.add(new Block.Paragraph(w.text("gaps.by-dates", g.openByDates())));
        }
        if (g.pastDeadline() > 0) {
            out.add(new Block.Paragraph(w.text("gaps.past-deadline", g.pastDeadline())));
        }
        out.add(new Block.Heading(3, w.text("gaps.stage-region")));
        out.add(matrix(g.stageRegion(), "stageRegion", "region", false));
        out.add(new Block.Items(gapItems(g.stageRegion(), "region")));
        out.add(new Block.Heading(3, w.text("gaps.stage-type")));
        out.add(matrix(g.stageType(), "stageType", "program-type", true));
        out.add(new Block.Items(gapItems(g.stageType(), "program-type")));
        out.add(new Block.Heading(3, w.text("gaps.fee-only")));
        // With no open program, "none" would read as good news: no stage is served at all, and no region has a program.
        boolean noneOpen = g.openListings() == 0;
        String feeOnlyOpen = noneOpen ? w.text("gaps.fee-only.none-open") : w.text("gaps.open", names(g.feeOnlyOpen(), "career-stage"));
        out.add(new Block.Items(List.of(feeOnlyOpen, w.text("gaps.all", names(g.feeOnlyAll(), "career-stage")))));
        out.add(new Block.Heading(3, w.text("gaps.no-french")));
        String noFrenchOpen = noneOpen ? w.text("gaps.no-french.none-open") : w.text("gaps.open", names(g.noFrenchOpen(), "region"));
        out.add(new Block.Items(List.of(noFrenchOpen, w.text("gaps.all", names(g.noFrenchAll(), "region")))));
    }

    /** Programs of any status by stage and column; rows are stages, or columns when {@code transpose}. */
    private Block.Table matrix(Landscape.Matrix m, String name, String dimension, boolean transpose) {
        List<String> stages = new ArrayList<>(m.all().keySet());
        List<String> cols = new ArrayList<>(m.all().values().iterator().next().keySet());
        List<String> headings = new ArrayList<>();
        headings.add(w.text(transpose ? "dimension." + dimension : "dimension.career-stage"));
        (transpose ? stages : cols).forEach(c -> headings.add(transpose ? w.code("career-stage", c) : c));
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (String r : transpose ? cols : stages) {
            List<Block.Cell> row = new ArrayList<>();
            row.add(Block.Cell.text(transpose ? w.code(dimension, r) : w.code("career-stage", r)));
            for (String c : transpose ? stages : cols) {
                String stage = transpose ? c : r;
                String col = transpose ? r : c;
                row.add(figure(m.all().get(stage).get(col), "/gaps/" + name + "/all/" + stage + "/" + col));
            }
            rows.add(row);
        }
        return new Block.Table(w.text("gaps.matrix.caption", w.text("gaps." + name)), headings, rows);
    }

    private List<String> gapItems(Landscape.Matrix m, String dimension) {
        List<String> items = new ArrayList<>();
        m.open().forEach((stage, cols) -> {
            List<String> gaps = cols.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
            // Each item says what it counts ("of the 13 provinces and territories"); none and every one are said so.
            String how = gaps.isEmpty() ? ".none" : gaps.size() == cols.size() ? ".every" : "";
            items.add(w.text("gaps.stage." + dimension + how, w.code("career-stage", stage), gaps.size(), cols.size(),
                    listed(gaps, dimension)));
        });
        return items;
    }

    /**
     * The labels of codes as a sentence lists them, the last after the language's "and". Program types
     * and career stages are common nouns, lower-case mid-sentence ("emerging and early career"), where
     * regions are names; as several types are of many words ("course or training program", "equity,
     * diversity and inclusion training"), semicolons part them where commas would not, the last one too.
     */
    private String listed(List<String> codes, String dimension) {
        boolean types = dimension.equals("program-type");
        boolean common = types || dimension.equals("career-stage");
        List<String> names = codes.stream().map(c -> w.code(dimension, c)).map(n -> common ? Prose.midSentence(n) : n).toList();
        String and = Prose.AND.in(w.lang());
        return types ? Prose.parted(names, and) : Prose.joined(names, and);
    }

    private String names(List<String> codes, String dimension) {
        return codes.isEmpty() ? w.text("gaps.nothing") : listed(codes, dimension);
    }

    private void wordings() {
        Landscape.StageWordings s = l.wordings();
        out.add(new Block.Heading(2, w.text("section.wordings")));
        if (s.listings() == 0) {
            // "0 listings word their stages in 0 distinct ways", and a table of zeros, say nothing a reader can use.
            out.add(new Block.Paragraph(w.text("wordings.none")));
            return;
        }
        out.add(new Block.Paragraph(w.text("wordings.summary", s.listings(), s.distinct(), s.mapped(), s.unmapped().size())));
        if (!s.complete()) {
            out.add(new Block.Paragraph(w.text("wordings.incomplete", LandscapeTally.MAX_WORDINGS)));
        }
        List<List<Block.Cell>> rows = new ArrayList<>();
        s.byStage().forEach((stage, list) -> rows.add(List.of(Block.Cell.text(w.code("career-stage", stage)),
                Block.Cell.text(w.number(list.size())), Block.Cell.text(examples(list)))));
        rows.add(List.of(Block.Cell.text(w.text("wordings.unmapped")), Block.Cell.text(w.number(s.unmapped().size())),
                Block.Cell.text(examples(s.unmapped()))));
        out.add(new Block.Table(w.text("wordings.caption"), List.of(w.text("dimension.career-stage"), w.text("column.wordings"),
                w.text("column.examples")), rows));
    }

    /** A number of a table, written as the report's language writes it, that keeps the JSON pointer of its figure. */
    private Block.Cell figure(long value, String pointer) {
        return new Block.Cell(w.number(value), pointer);
    }

    private String examples(List<Landscape.Wording> list) {
        return list.stream().limit(SHOWN_WORDINGS).map(x -> w.text("wordings.example", x.text(), x.listings()))
                .collect(Collectors.joining("; "));
    }

    private void quality() {
        Landscape.Quality q = l.quality();
        out.add(new Block.Heading(2, w.text("section.quality")));
        out.add(new Block.Paragraph(w.text("quality.summary", q.passing(), q.listings(), w.share(q.passing(), q.listings()))));
        List<List<Block.Cell>> rows = new ArrayList<>();
        q.facts().forEach((fact, c) -> rows.add(List.of(Block.Cell.text(w.text("fact." + fact)),
                figure(c.stated(), "/quality/facts/" + fact + "/stated"),
                figure(c.none(), "/quality/facts/" + fact + "/none"),
                figure(c.notStated(), "/quality/facts/" + fact + "/notStated"))));
        out.add(new Block.Table(w.text("quality.facts.caption"), List.of(w.text("column.fact"), w.text("completeness.stated"),
                w.text("completeness.none"), w.text("completeness.not-stated")), rows));
        List<String> headings = new ArrayList<>(List.of(w.text("column.provider"), w.text("column.listings"), w.text("column.passing")));
        Facts.KEY_FACTS.forEach(f -> headings.add(w.text("fact." + f)));
        List<List<Block.Cell>> providers = new ArrayList<>();
        // Two providers of one name (the same body under two ids) are told apart by their ids, not shown as one twice.
        Map<String, Long> named = q.providers().stream().collect(Collectors.groupingBy(p -> p.name(w.lang()), Collectors.counting()));
        for (Landscape.ProviderQuality p : q.providers()) {
            String at = "/quality/providers/" + JsonPointer.escape(p.provider());
            String name = p.name(w.lang());
            String shown = named.get(name) > 1 && !name.equals(p.provider()) ? w.text("quality.provider.same-name", name, p.provider()) : name;
            List<Block.Cell> row = new ArrayList<>(List.of(Block.Cell.text(shown),
                    figure(p.listings(), at + "/listings"), figure(p.passing(), at + "/passing")));
            p.facts().forEach((fact, c) -> row.add(figure(c.stated() + c.none(), null)));
            providers.add(row);
        }
        out.add(new Block.Table(w.text("quality.providers.caption"), headings, providers));
        List<String> twice = named.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        if (!twice.isEmpty()) {
            out.add(new Block.Paragraph(w.text("quality.providers.same-name", twice.size(), Prose.joined(twice, Prose.AND.in(w.lang())))));
        }
    }
}
