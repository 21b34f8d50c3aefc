package org.opdl.cli.option;

import org.opdl.cli.exit.UsageException;
import org.opdl.model.text.Lang;
import org.opdl.model.text.Text;
import picocli.CommandLine.Option;

/** The {@code --lang en|fr} option: the language of labels, messages and headings in the output. */
public final class LangOption {

    @Option(names = "--lang", paramLabel = "en|fr", defaultValue = "en",
            description = "Language of the output: en or fr (default: ${DEFAULT-VALUE}).")
    private String lang;

    /** The chosen language; an unknown one is a usage error. */
    public Lang lang() {
        return Lang.fromTag(lang).orElseThrow(() -> new UsageException(new Text(
                "unknown language \"" + lang + "\": use --lang en or --lang fr",
                "langue inconnue « " + lang + " » : utilisez --lang en ou --lang fr")));
    }

    /** The language for error messages before the option could be checked: English unless fr was asked. */
    public Lang lenient() {
        return Lang.fromTag(lang).orElse(Lang.EN);
    }
}
