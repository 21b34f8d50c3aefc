package org.opdl.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.opdl.cli.Main;
import picocli.CommandLine;

/**
 * Runs every command shown in the guides, in order, the way the page says. A fenced
 * {@code sh} block line starting with {@code ./opdl} or {@code opdl} is a command, run from the
 * repository root; it must exit 0 unless a comment line {@code # exits N} comes before it, and a
 * line {@code # prints TEXT} after it requires TEXT in what it prints. A command marked
 * {@code # not yet in opdl} belongs to work that has not landed: it is not run, and the check fails
 * as soon as opdl has the command, so that the mark is removed. A file a command writes with {@code -o}
 * (or {@code --annotate})
 * goes to a scratch folder, and later commands of the same page read it from there.
 */
@DisplayName("Commands in the guides")
class GuideCommandsTest {

    private static final Pattern EXITS = Pattern.compile("#\\s*exits\\s+(\\d+)\\s*");
    private static final Pattern PRINTS = Pattern.compile("#\\s*prints\\s+(.+)");
    private static final String NOT_YET = "# not yet in opdl";

    /**
     * One command of a page.
     *
     * @param line the command as shown
     * @param exit the exit code the page promises
     * @param prints text the page promises in the output, if any
     * @param notYet true when the page marks the command as one that opdl does not have yet
     */
    record Command(String line, int exit, List<String> prints, boolean notYet) {
    }

    @TempDir
    static Path scratch;

    @TestFactory
    @DisplayName("each command exits and prints as its page says")
    Stream<DynamicNode> commands() {
        List<Path> pages = DocFiles.guides();
        List<DynamicNode> nodes = new ArrayList<>();
        int total = 0;
        for (Path page : pages) {
            List<Command> commands = commandsOf(page);
            total += commands.size();
            Map<String, Path> written = new HashMap<>();
            List<DynamicNode> tests = new ArrayList<>();
            for (Command c : commands) {
                tests.add(DynamicTest.dynamicTest(c.line(), () -> run(page, c, written)));
            }
            nodes.add(DynamicContainer.dynamicContainer(DocFiles.root().relativize(page).toString(), tests));
        }
        assertThat(total).as("commands found").isGreaterThan(15);
        return nodes.stream();
    }

    /** The commands of a page, with what the page says they do. */
    static List<Command> commandsOf(Path page) {
        List<Command> out = new ArrayList<>();
        for (DocFiles.Block b : DocFiles.blocks(page)) {
            if (!b.language().equals("sh")) {
                continue;
            }
            int exit = 0;
            boolean notYet = false;
            for (String raw : b.body().split("\n")) {
                String line = raw.strip();
                if (line.equals(NOT_YET)) {
                    notYet = true;
                    continue;
                }
                Matcher e = EXITS.matcher(line);
                Matcher p = PRINTS.matcher(line);
                if (e.matches()) {
                    exit = Integer.parseInt(e.group(1));
                } else if (p.matches()) {
                    assertThat(out).as("# prints in %s follows a command", page).isNotEmpty();
                    Command last = out.remove(out.size() - 1);
                    List<String> prints = new ArrayList<>(last.prints());
                    prints.add(p.group(1).strip());
                    out.add(new Command(last.line(), last.exit(), prints, last.notYet()));
                } else if (line.startsWith("./opdl ") || line.startsWith("opdl ") || line.equals("./opdl")) {
                    out.add(new Command(line, exit, List.of(), notYet));
                    exit = 0;
                    notYet = false;
                }
            }
        }
        return out;
    }

    private static void run(Path page, Command c, Map<String, Path> written) throws IOException {
        List<String> words = words(c.line());
        if (c.notYet()) {
            assertThat(Main.commandLine().getSubcommands()).as(
                    "`opdl %s` exists now: remove the line \"%s\" before `%s` in %s so that the command is checked",
                    words.get(1), NOT_YET, c.line(), DocFiles.root().relativize(page)).doesNotContainKey(words.get(1));
            return;
        }
        assertThat(words).as("pipes and redirections are not shown in guides; use -o").doesNotContain("|", ">", "<", ">>");
        List<String> args = new ArrayList<>();
        Path writes = null;
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if ((w.equals("-o") || w.equals("--output") || w.equals("--annotate")) && i + 1 < words.size()) {
                args.add(w);
                String name = words.get(++i);
                Path target = scratch.resolve(page.getFileName() + "-" + name.replace('/', '_'));
                written.put(name, target);
                writes = target;
                args.add(target.toString());
            } else {
                args.add(resolve(w, written));
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        String printed = out + "\n" + err;
        assertThat(code).as("exit code of `%s` (%s says %d); it printed:%n%s", c.line(),
                DocFiles.root().relativize(page), c.exit(), printed).isEqualTo(c.exit());
        for (String p : c.prints()) {
            assertThat(printed).as("output of `%s`", c.line()).contains(p);
        }
        if (writes != null && c.exit() == 0) {
            assertThat(writes).as("the file `%s` writes", c.line()).isRegularFile();
        }
    }

    /** A word that names a file of the repository, or one an earlier command wrote, becomes its full path. */
    private static String resolve(String word, Map<String, Path> written) {
        int eq = word.startsWith("--") ? word.indexOf('=') : -1;
        String prefix = eq < 0 ? "" : word.substring(0, eq + 1);
        String value = eq < 0 ? word : word.substring(eq + 1);
        if (written.containsKey(value)) {
            return prefix + written.get(value);
        }
        if (!value.isEmpty() && !value.startsWith("-") && value.contains(".") && Files.exists(DocFiles.root().resolve(value))) {
            return prefix + DocFiles.root().resolve(value);
        }
        return word;
    }

    /** Splits a shell line into words: quotes group, and an unquoted # starts a comment. */
    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                } else {
                    w.append(ch);
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
                inWord = true;
            } else if (ch == '#' && !inWord) {
                break;
            } else if (Character.isWhitespace(ch)) {
                if (inWord) {
                    out.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(ch);
                inWord = true;
            }
        }
        assertThat(quote).as("unclosed quote in %s", line).isEqualTo((char) 0);
        if (inWord) {
            out.add(w.toString());
        }
        return out;
    }
}
