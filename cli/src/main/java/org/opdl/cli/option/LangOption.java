package org.opdl.cli.option;

import org.opdl.cli.exit.UsageException;
import org.opdl.model.text.Lang;
import picocli.CommandLine.Option;

/** The {@code --lang en|fr} option: the language of labels, messages and headings in the output. */
public final class LangOption {

    @Option(names = "--lang", paramLabel = "en|fr",
            description = "Language of the output: en or fr (default: OPDL_LANG, else fr when the system's language is French, else en).")
    private String lang;

    /**
     * The chosen language (see {@link RunLanguage#fallback()} when none is given); an unknown one, given
     * with {@code --lang} or set in {@code OPDL_LANG}, is a usage error.
     */
    public Lang lang() {
        if (lang == null) {
            RunLanguage.unknownVariable().ifPresent(value -> {
                throw new UsageException(OptionMessages.LANG_OPTION_UNKNOWN_VARIABLE.text(value,
                        RunLanguage.meant(value).<Object>map(l -> OptionMessages.LANG_OPTION_VARIABLE_MEANT.text(l.tag())).orElse("")));
            });
            return RunLanguage.fallback();
        }
        return Lang.fromTag(lang).orElseThrow(() -> new UsageException(OptionMessages.LANG_OPTION_UNKNOWN_LANGUAGE_USE.text(lang,
                RunLanguage.meant(lang).<Object>map(l -> OptionMessages.LANG_OPTION_MEANT.text(l.tag())).orElse(""))));
    }

    /** The language for error messages before the option could be checked: English unless French was asked or meant. */
    public Lang lenient() {
        return lang == null ? RunLanguage.fallback() : RunLanguage.asked(lang);
    }
}
