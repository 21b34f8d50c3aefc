package org.opdl.cli.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.opdl.cli.exit.ExitCode;
import org.opdl.cli.option.FormatOption;
import org.opdl.cli.option.LangOption;
import org.opdl.cli.option.OutputFormat;
import org.opdl.model.text.Lang;
import org.opdl.validator.catalogue.Catalogue;
import org.opdl.validator.rules.BuiltInRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code opdl rules}: lists every validator rule with its id, severity, meaning, fix and examples. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every validator rule: id, severity, layer, title, meaning, fix and its conformance cases.")
public final class RulesCommand implements Callable<Integer> {

    @Mixin
    private LangOption langOption;

    @Mixin
    private FormatOption formatOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        Lang lang = langOption.lang();
        PrintWriter out = spec.commandLine().getOut();
        if (formatOption.format() == OutputFormat.text) {
            Catalogue.text(BuiltInRules.registry(), lang).forEach(out::println);
        } else {
            out.println(Json.print(Catalogue.json(BuiltInRules.registry(), lang)));
        }
        out.flush();
        return ExitCode.OK;
    }
}
