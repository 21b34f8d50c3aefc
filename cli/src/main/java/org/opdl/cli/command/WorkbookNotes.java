package org.opdl.cli.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.opdl.cli.exit.UsageException;
import org.opdl.cli.input.Input;
import org.opdl.cli.output.AtomicOutput;
import org.opdl.model.finding.Location;
import org.opdl.model.text.Lang;
import org.opdl.schema.xlsx.WorkbookAnnotator;
import org.opdl.schema.xlsx.WorkbookAnnotator.Annotation;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.report.Report;
import org.opdl.validator.report.RuleGroup;

/** {@code validate --annotate}: the provider's workbook copied with its findings as notes, never changed itself. */
final class WorkbookNotes {

    private WorkbookNotes() {
    }

    /** Refuses {@code --annotate} unless exactly one workbook file is checked. */
    static void requireOneWorkbook(List<Input> inputs, Path target) {
        if (target.toString().equals(AtomicOutput.STDOUT)) {
            throw new UsageException(CommandMessages.WORKBOOK_NOTES_ANNOTATE_WRITES_WORKBOOK.text());
        }
        if (inputs.size() != 1 || inputs.get(0).stdin() || !inputs.get(0).name().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException(CommandMessages.WORKBOOK_NOTES_ANNOTATE_WRITES_COPY.text(target));
        }
    }

    /** Writes the annotated copy of the one checked workbook; returns how many findings it holds. */
    static int write(Report report, Input input, Path target, boolean force, Lang lang, PrintWriter stdout) throws IOException {
        List<Annotation> notes = new ArrayList<>();
        for (RuleGroup g : report.groups()) {
            for (Occurrence o : g.shown()) {
                if (o.finding().location().source().equals(input.name())) {
                    notes.add(new Annotation(o.finding(), o.listings()));
                }
            }
        }
        notes.sort(Comparator.comparingLong(WorkbookNotes::row));
        byte[] original = Files.readAllBytes(input.path());
        OutputFailures.told(target, watch -> {
            try (AtomicOutput out = AtomicOutput.open(target, List.of(input.path()), force, stdout)) {
                WorkbookAnnotator.annotate(original, notes, lang, watch.of(out.stream()));
                out.commit();
            }
        });
        return notes.size();
    }

    /** Findings about the whole file first, then by row of the workbook. */
    private static long row(Annotation a) {
        return a.finding().location() instanceof Location.Cell c ? c.row() : -1;
    }
}
