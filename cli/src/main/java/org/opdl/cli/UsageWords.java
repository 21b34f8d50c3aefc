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
 * 'jsn'"), a command that does not exist ("Unmatched arguments from index 0: 'valdiate', 'x'"), an
 * option that does not exist, with the nearest options, or that belongs to the command written after it,
 * and a word more than a command takes.
 * Java's type names never reach the person.
 */
final class UsageWords {

    /** How picocli begins the message of a value it could not convert. */
    private static final String INVALID_VALUE = "Invalid value for ";

    private UsageWords() {
    }

    /** The error in plain words, or null when it is none of these; {@code args} are the words of the run. */
    static Text of(CommandLine.ParameterException e, String[] args) {
        if (e instanceof CommandLine.OverwrittenOptionException twice) {
            return MainMessages.MAIN_GIVEN_TWICE.text(name(twice.getOverwritten()));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return unmatched(unmatched, args);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        ArgSpec arg = e.getArgSpec();
        if (!message.startsWith(INVALID_VALUE) || arg == null || e.getValue() == null) {
            return null;
        }
        String value = e.getValue();
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            // A whole number past what the option can hold (B43) is a whole number all the same: say the largest.
            if (value.strip().matches("\\+?\\d+")) {
                long largest = type == int.class || type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE;
                return MainMessages.MAIN_WHOLE_NUMBER_LARGEST.text(name(arg), value, Long.toString(largest));
            }
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
     * Words picocli could not place: a command that does not exist, an option that does not exist,
     * or a word more than the command takes. picocli calls every word from the first one on
     * unmatched, and would name them all, {@code valdiate x --lang fr}, where only the first is unknown.
     */
    private static Text unmatched(CommandLine.UnmatchedArgumentException unmatched, String[] args) {
        List<String> words = unmatched.getUnmatched();
        CommandLine.Model.CommandSpec spec = unmatched.getCommandLine().getCommandSpec();
        if (words.isEmpty()) {
            return null;
        }
        String first = words.get(0);
        if (first.startsWith("-") && first.length() > 1) {
            Text after = NearMiss.beforeItsCommand(first, List.of(args), spec);
            return after != null ? after : NearMiss.unknownOption(first, spec);
        }
        if (!spec.subcommands().isEmpty()) {
            Object hint = unmatched.getSuggestions().isEmpty() ? ""
                    : MainMessages.MAIN_DID_YOU_MEAN.text(NearMiss.either(unmatched.getSuggestions()));
            return MainMessages.MAIN_UNKNOWN_COMMAND.text(first, hint);
        }
        return MainMessages.MAIN_UNKNOWN_ARGUMENT.text(String.join(" ", words),
                MainMessages.MAIN_TAKES_NOTHING_MORE.text(spec.qualifiedName()));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel();
    }
}
