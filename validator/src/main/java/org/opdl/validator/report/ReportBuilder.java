package org.opdl.validator.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Severity;

/**
 * Collects the findings of a run, file by file and in file order, into a {@link Report}. It keeps
 * compact state only: a count per rule, at most {@code maxPerRule} occurrences per rule, and a
 * small record per (rule, field) to collapse floods. A flood is a finding at the same field of every
 * listing of a file (at least {@value #FLOOD_MIN} listings), such as a misspelled spreadsheet
 * heading: the report keeps it as one finding that says in how many listings it occurred.
 * Not thread-safe; the validator feeds it from one thread.
 */
public final class ReportBuilder {

    /** Fewer listings than this are never treated as a flood. */
    public static final int FLOOD_MIN = 3;
    private static final int FLOOD_KEYS = 10_000;
    private static final Pattern INDEX = Pattern.compile("/\\d+(?=/|$)");

    private final LocalDate asOf;
    private final int maxPerRule;
    private final Map<String, Integer> order;
    private final List<FileSummary> files = new ArrayList<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private Map<String, Flood> floods = new HashMap<>();
    private String source;

    private static final class Group {
        final String ruleId;
        final Severity severity;
        long count;
        final List<Occurrence> shown = new ArrayList<>();

        Group(String ruleId, Severity severity) {
            this.ruleId = ruleId;
            this.severity = severity;
        }
    }

    private static final class Flood {
        final Finding first;
        long findings;
        long records;
        int lastRecord = -1;

        Flood(Finding first) {
            this.first = first;
        }
    }

    /**
     * A builder.
     *
     * @param asOf the date the run compares against
     * @param maxPerRule how many occurrences to keep per rule
     * @param catalogue rule ids in catalogue order, to order groups of the same severity
     */
    public ReportBuilder(LocalDate asOf, int maxPerRule, List<String> catalogue) {
        this.asOf = asOf;
        this.maxPerRule = Math.max(1, maxPerRule);
        this.order = new HashMap<>();
        for (int i = 0; i < catalogue.size(); i++) {
            order.put(catalogue.get(i), i);
        }
    }

    /** Starts a file; findings added next belong to it. */
    public void startFile(String name) {
        this.source = name;
        this.floods = new HashMap<>();
    }

    /** Adds a finding of the current file. */
    public void add(Finding f) {
        Group g = groups.computeIfAbsent(f.ruleId() + " " + f.severity(), k -> new Group(f.ruleId(), f.severity()));
        g.count++;
        if (g.shown.size() < maxPerRule) {
            g.shown.add(new Occurrence(f, 1));
        }
        int record = f.location().record();
        if (record < 0) {
            return;
        }
        String key = floodKey(f);
        Flood flood = floods.get(key);
        if (flood == null && floods.size() < FLOOD_KEYS) {
            flood = new Flood(f);
            floods.put(key, flood);
        }
        if (flood != null) {
            flood.findings++;
            if (flood.lastRecord != record) {
                flood.records++;
                flood.lastRecord = record;
            }
        }
    }

    /** Ends the current file, collapsing its floods. */
    public void endFile(long listings, boolean complete) {
        files.add(new FileSummary(source, listings, complete));
        if (listings >= FLOOD_MIN) {
            for (Map.Entry<String, Flood> e : floods.entrySet()) {
                Flood flood = e.getValue();
                if (flood.records == listings) {
                    collapse(e.getKey(), flood, listings);
                }
            }
        }
        floods = new HashMap<>();
    }

    private void collapse(String key, Flood flood, long listings) {
        Group g = groups.get(flood.first.ruleId() + " " + flood.first.severity());
        g.count -= flood.findings - 1;
        int at = -1;
        for (int i = g.shown.size() - 1; i >= 0; i--) {
            Finding f = g.shown.get(i).finding();
            if (f.location().source().equals(source) && floodKey(f).equals(key)) {
                g.shown.remove(i);
                at = i;
            }
        }
        g.shown.add(at < 0 ? Math.min(g.shown.size(), maxPerRule - 1) : at, new Occurrence(flood.first, listings));
        while (g.shown.size() > maxPerRule) {
            g.shown.remove(g.shown.size() - 1);
        }
    }

    private static String floodKey(Finding f) {
        return f.ruleId() + " " + INDEX.matcher(f.location().pointer()).replaceAll("/*");
    }

    /** The report of everything added. */
    public Report build() {
        List<RuleGroup> out = new ArrayList<>();
        for (Group g : groups.values()) {
            out.add(new RuleGroup(g.ruleId, g.severity, g.count, g.shown));
        }
        out.sort(Comparator.comparing(RuleGroup::severity)
                .thenComparing(g -> order.getOrDefault(g.ruleId(), Integer.MAX_VALUE))
                .thenComparing(RuleGroup::ruleId));
        return new Report(asOf, files, out);
    }
}
