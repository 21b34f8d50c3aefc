package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Classification;
import org.opdl.model.stage.EligibilityBounds;
import org.opdl.model.stage.Figure;
import org.opdl.model.stage.ProducerRecord;

/** Keeps the tables of docs/career-stages.md marked "checked" in step with the code. */
@DisplayName("docs/career-stages.md")
class CareerStagesDocTest {

    static final CareerStageScale SCALE = CareerStageScale.standard();
    static final Pattern BOUND = Pattern.compile("(works|credits|years) (?:(≥|≤) (\\d+)|(\\d+)–(\\d+))");
    static final Pattern GAP = Pattern.compile("(\\d+) more (completed work|credit|year)");

    static List<List<String>> table(String marker) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("opdl.root"), "docs", "career-stages.md"));
        int start = lines.indexOf("<!-- checked: " + marker + " -->");
        assertThat(start).as("marker %s", marker).isNotNegative();
        List<List<String>> rows = new ArrayList<>();
        for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip).toList());
        }
        assertThat(rows).as("rows of %s", marker).isNotEmpty();
        return rows;
    }

    static Figure figure(String word) {
        return switch (word) {
            case "works", "completed work" -> Figure.COMPLETED_WORKS;
            case "credits", "credit" -> Figure.PROFESSIONAL_CREDITS;
            default -> Figure.YEARS_OF_PRACTICE;
        };
    }

    static List<String> stages(String cell) {
        return cell.equals("none") ? List.of() : Arrays.stream(cell.split(",")).map(s -> s.strip().replace("`", "")).toList();
    }

    @Test
    @DisplayName("the threshold table is the scale's")
    void thresholds() throws IOException {
        List<List<String>> rows = table("thresholds");
        assertThat(rows.stream().map(r -> r.get(0).replace("`", "")).toList()).isEqualTo(SCALE.codes());
        for (List<String> r : rows) {
            var c = SCALE.criteria(r.get(0).replace("`", "")).orElseThrow();
            assertThat(List.of(r.get(1), r.get(2), r.get(3))).as(c.stage()).containsExactly(
                    "" + c.minimum(Figure.COMPLETED_WORKS), "" + c.minimum(Figure.PROFESSIONAL_CREDITS),
                    "" + c.minimum(Figure.YEARS_OF_PRACTICE));
        }
    }

    @Test
    @DisplayName("every worked classification is what the classifier says, next step included")
    void classification() throws IOException {
        for (List<String> r : table("classification")) {
            ProducerRecord record = new ProducerRecord(
                    Integer.parseInt(r.get(1)), Integer.parseInt(r.get(2)), Integer.parseInt(r.get(3)));
            Classification c = SCALE.classify(record);
            assertThat(c.stage()).as(r.get(0)).isEqualTo(r.get(4).replace("`", ""));
            Map<Figure, Integer> documented = new EnumMap<>(Figure.class);
            Matcher m = GAP.matcher(r.get(5));
            while (m.find()) {
                documented.put(figure(m.group(2)), Integer.parseInt(m.group(1)));
            }
            Map<Figure, Integer> actual = new EnumMap<>(Figure.class);
            c.next().ifPresent(n -> n.gaps().forEach(g -> actual.put(g.figure(), g.missing())));
            assertThat(documented).as(r.get(0)).isEqualTo(actual);
            assertThat(r.get(5).startsWith("nothing")).as(r.get(0)).isEqualTo(c.next().isEmpty());
        }
    }

    @Test
    @DisplayName("every row of the worked table of bounds admits the stages admittedStages computes")
    void bounds() throws IOException {
        List<List<String>> rows = table("bounds");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        for (List<String> r : rows) {
            EligibilityBounds bounds = EligibilityBounds.NONE;
            if (!r.get(1).equals("none")) {
                for (String term : r.get(1).split(",")) {
                    Matcher m = BOUND.matcher(term.strip());
                    assertThat(m.matches()).as("bound \"%s\" in row %s", term, r.get(0)).isTrue();
                    Figure f = figure(m.group(1));
                    if (m.group(2) == null) {
                        bounds = bounds.withMin(f, Integer.parseInt(m.group(4))).withMax(f, Integer.parseInt(m.group(5)));
                    } else if (m.group(2).equals("≥")) {
                        bounds = bounds.withMin(f, Integer.parseInt(m.group(3)));
                    } else {
                        bounds = bounds.withMax(f, Integer.parseInt(m.group(3)));
                    }
                }
            }
            assertThat(List.copyOf(SCALE.admittedStages(bounds))).as(r.get(0)).isEqualTo(stages(r.get(2)));
        }
    }
}
