package org.opdl.cli;

import java.util.ArrayList;
import java.util.List;
import org.opdl.model.text.Nearest;
import org.opdl.model.text.Text;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Puts picocli's English for the usage errors a person makes most into plain words in both
 * languages: an option given twice ("should be specified only once"), a value an option cannot take
 * ("'abc' is not an int", "expected one of [text, json, sarif, html] (case-insensitive) but was
 * 'jsn'"), and a command that does not exist ("Unmatched arguments from index 0: 'valdiate', 'x'").
 * Java's type names never reach the person.
 */
final class UsageWords {

    /** How picocli begins the message of a value it could not convert. */
    private static final String INVALID_VALUE = "Invalid value for ";

    private UsageWords() {
    }

    /** The error in plain words, or null when it is none of these. */
    static Text of(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.OverwrittenOptionException twice) {
            return MainMessages.MAIN_GIVEN_TWICE.text(name(twice.getOverwritten()));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unknownCommand(unmatched);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        ArgSpec arg = e.getArgSpec();
        if (!message.startsWith(INVALID_VALUE) || arg == null || e.getValue() == null) {
            return null;
        }
        String value = e.getValue();
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return MainMessages.MAIN_WHOLE_NUMBER.text(name(arg), value);
        }
        if (type.isEnum()) {
            List<String> allowed = new ArrayList<>();
            arg.completionCandidates().forEach(allowed::add);
            List<String> near = Nearest.among(e.getValue(), allowed, 1);
            Object hint = near.isEmpty() ? "" : MainMessages.MAIN_DID_YOU_MEAN.text(near.get(0));
            return MainMessages.MAIN_UNKNOWN_VALUE.text(name(arg), value, String.join(", ", allowed), hint);
        }
        return null;
    }

    /**
     * A first word that names no command of opdl: picocli calls every word from it on unmatched, and
     * would name them all, {@code valdiate x --lang fr}, where only the command is unknown.
     */
    private static Text unknownCommand(CommandLine.UnmatchedArgumentException unmatched) {
        List<String> words = unmatched.getUnmatched();
        CommandLine.Model.CommandSpec spec = unmatched.getCommandLine().getCommandSpec();
        if (words.isEmpty() || words.get(0).startsWith("-") || spec.subcommands().isEmpty() || spec.parent() != null) {
            return null;
        }
        Object hint = unmatched.getSuggestions().isEmpty() ? ""
                : MainMessages.MAIN_DID_YOU_MEAN.text(String.join(", ", unmatched.getSuggestions()));
        return MainMessages.MAIN_UNKNOWN_COMMAND.text(words.get(0), hint);
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
