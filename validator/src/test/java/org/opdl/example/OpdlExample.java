package org.opdl.example;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.opdl.model.finding.Finding;
import org.opdl.model.finding.Severity;
import org.opdl.model.stage.CareerStageScale;
import org.opdl.model.stage.Classification;
import org.opdl.model.stage.ProducerRecord;
import org.opdl.model.text.Lang;
import org.opdl.schema.convert.Conversion;
import org.opdl.schema.convert.Formats;
import org.opdl.schema.format.Format;
import org.opdl.schema.format.Limits;
import org.opdl.schema.format.WriteOptions;
import org.opdl.validator.ValidationOptions;
import org.opdl.validator.ValidationRun;
import org.opdl.validator.Validator;
import org.opdl.validator.report.Occurrence;
import org.opdl.validator.report.Report;
import org.opdl.validator.report.RuleGroup;

/** Validates a listing file, converts it to Turtle and classifies a producer with the OPDL library. */
public class OpdlExample {

    public static void main(String[] args) throws Exception {
        Path listing = Path.of(args[0]);
        Path turtle = Path.of(args[1]);
        Format json = Formats.named("json").orElseThrow();

        // 1. Validate the file and read the findings.
        Validator validator = Validator.standard(ValidationOptions.defaults(LocalDate.now()));
        Report report;
        try (ValidationRun run = validator.start(); InputStream in = Files.newInputStream(listing)) {
            run.file(listing.toString(), json.reader(Limits.DEFAULT), in);
            report = run.finish();
        }
        for (RuleGroup group : report.groups()) {
            for (Occurrence occurrence : group.shown()) {
                Finding f = occurrence.finding();
                System.out.println(f.severity() + " " + f.ruleId() + " " + f.location().describe(Lang.EN) + ": " + f.message(Lang.EN));
            }
        }
        System.out.println("errors: " + report.count(Severity.ERROR));

        // 2. Convert the file to Turtle.
        try (InputStream in = Files.newInputStream(listing); OutputStream out = Files.newOutputStream(turtle)) {
            Conversion.Result result = Conversion.run(listing.toString(), in, json, Limits.DEFAULT,
                    out, Formats.named("ttl").orElseThrow(), WriteOptions.DEFAULT, note -> System.out.println(note.compact()));
            System.out.println("converted: " + result.listings());
        }

        // 3. Classify a producer: 5 completed works, 3 professional credits, 7 years of practice.
        Classification c = CareerStageScale.standard().classify(new ProducerRecord(5, 3, 7));
        System.out.println("stage: " + c.stage());
    }
}
