package org.opdl.cli;

import java.util.ArrayList;
import java.util.List;
import org.opdl.model.text.Folding;
import org.opdl.model.text.Nearest;
import org.opdl.model.text.Prose;
import org.opdl.model.text.Text;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options a mistyped option was meant to be, and the words that offer several names. picocli
 * ranks options by the letters they share, so that {@code --formt} came out as {@code --force}
 * before {@code --format}; here the nearest by edit distance come alone.
 */
final class NearMiss {

    private NearMiss() {
    }

    /**
     * An option the command does not have, with the options nearest to it, if any. A short option
     * ({@code -q}) is one letter away from every other: no option is offered for it.
     */
    static Text unknownOption(String word, CommandSpec spec) {
        int eq = word.indexOf('=');
        String typed = eq > 0 ? word.substring(0, eq) : word;
        if (typed.replaceFirst("^-+", "").length() < 3) {
            return MainMessages.MAIN_UNKNOWN_OPTION.text(typed, "");
        }
        List<String> names = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (!option.hidden()) {
                for (String name : option.names()) {
                    if (name.startsWith("--")) {
                        names.add(name);
                    }
                }
            }
        }
        List<String> near = nearest(typed, names);
        Object hint = near.isEmpty() ? "" : MainMessages.MAIN_DID_YOU_MEAN.text(either(near));
        return MainMessages.MAIN_UNKNOWN_OPTION.text(typed, hint);
    }

    /**
     * An option written before the command that has it ({@code opdl --lang fr validate x.json}), as
     * other tools take their global options: picocli parses the command after it, so the command is
     * found among the words of the run, {@code args}. The refusal writes the command again with the
     * option after its words, or is null when no command after the option has it.
     */
    static Text beforeItsCommand(String first, List<String> args, CommandSpec spec) {
        int eq = first.indexOf('=');
        String typed = eq > 0 ? first.substring(0, eq) : first;
        int at = args.indexOf(first);
        for (int i = at + 1; at >= 0 && i < args.size(); i++) {
            CommandLine sub = spec.subcommands().get(args.get(i));
            OptionSpec option = sub == null ? null : sub.getCommandSpec().findOption(typed);
            if (option != null) {
                int end = eq < 0 && option.arity().max() > 0 && i > at + 1 ? at + 2 : at + 1;
                List<String> line = new ArrayList<>(List.of(sub.getCommandSpec().qualifiedName()));
                line.addAll(args.subList(i + 1, args.size()));
                line.addAll(args.subList(at, end));
                line.addAll(args.subList(end, i));
                return MainMessages.MAIN_OPTION_AFTER_COMMAND.text(typed, sub.getCommandSpec().qualifiedName(), String.join(" ", line));
            }
        }
        return null;
    }

    /** The candidates at the least distance from the word, among those {@link Nearest} finds near at all. */
    static List<String> nearest(String word, List<String> candidates) {
        List<String> near = Nearest.among(word, candidates, candidates.size());
        if (near.isEmpty()) {
            return near;
        }
        String key = Folding.fold(word);
        int best = Nearest.distance(key, Folding.fold(near.get(0)));
        return near.stream().filter(c -> Nearest.distance(key, Folding.fold(c)) == best).toList();
    }

    /** Names joined as each language offers a choice: "a", "a or b", "a, b or c"; « a, b ou c ». */
    static Text either(List<String> names) {
        return Prose.or(names.stream().map(n -> new Text(n, n)).toList());
    }
}
