package org.opdl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.opdl.cli.exit.ExitCode;

@DisplayName("The README")
class ReadmeTest {

    static String readme() throws java.io.IOException {
        return Files.readString(Path.of(System.getProperty("opdl.root"), "README.md"));
    }

    @Test
    @DisplayName("lists exactly the codes of ExitCode, each once, in its exit-code table")
    void matchesExitCode() throws Exception {
        String readme = readme();
        String section = readme.substring(readme.indexOf("### Exit codes"));
        Map<Integer, String> documented = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\\| (\\d+) \\| (.+) \\|$").matcher(section);
        while (m.find()) {
            assertThat(documented.put(Integer.parseInt(m.group(1)), m.group(2))).as("code %s twice", m.group(1)).isNull();
        }
        Map<Integer, String> constants = new TreeMap<>();
        for (Field f : ExitCode.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                constants.put(f.getInt(null), f.getName());
            }
        }
        assertThat(documented.keySet()).containsExactlyElementsOf(constants.keySet());
        assertThat(documented.get(ExitCode.OK)).isEqualTo("ok");
        assertThat(documented.get(ExitCode.FINDINGS)).contains("findings").contains("lookup");
        assertThat(documented.get(ExitCode.USAGE)).contains("usage");
        assertThat(documented.get(ExitCode.INPUT)).contains("cannot be read");
        assertThat(documented.get(ExitCode.INTERNAL)).contains("internal");
    }

    @Test
    @DisplayName("shows the JSON that opdl classify and opdl vocab --lookup really print")
    void jsonExamples() throws Exception {
        List<String> blocks = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("(?s)```json\n(.*?)```").matcher(readme());
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).hasSize(2);
        assertThat(Cli.JSON.readTree(blocks.get(0))).isEqualTo(
                Cli.run("classify", "--completed-works", "5", "--credits", "4", "--years", "7", "--format", "json").json());
        assertThat(Cli.JSON.readTree(blocks.get(1))).isEqualTo(
                Cli.run("vocab", "--lookup", "emerging and mid-level", "--format", "json").json());
    }

    @Test
    @DisplayName("runs its main-job example with no finding at all")
    void mainJobIsClean() throws Exception {
        Matcher m = Pattern.compile("(?m)^\\./opdl (validate .+)$").matcher(readme());
        assertThat(m.find()).as("the README shows ./opdl validate").isTrue();
        String[] args = m.group(1).split(" ");
        args[args.length - 1] = Path.of(System.getProperty("opdl.root"), args[args.length - 1]).toString();
        Cli r = Cli.run(args);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("Summary: 0 errors, 0 warnings, 1 info").contains("9 of 12 key facts stated");
    }
}
