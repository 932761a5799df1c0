package io.github.senryaku.model.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files an administrator edits, built to hurt the YAML reader: each is one located problem, never an error. */
class YamlLimitsTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml);
        return file;
    }

    private static String flowNested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** {@code k:} lines, each indented one step more than the last. */
    private static String blockNested(int depth, int firstIndent) {
        return IntStream.range(0, depth).mapToObj(i -> " ".repeat(firstIndent + i) + "k:").collect(Collectors.joining("\n"))
                + " 1\n";
    }

    private static Problem onlyProblem(InvalidFileException rejected) {
        assertEquals(1, rejected.problems().size(), rejected.getMessage());
        return rejected.problems().get(0);
    }

    @Test
    void planNested3000Deep_isOneLocatedProblem_notAStackOverflow() throws Exception {
        Path file = write("plan.yaml", "plan:\n  code: x\n  deep: " + flowNested(3000) + "\n");

        Problem problem = onlyProblem(assertThrows(InvalidFileException.class, () -> PlanFileLoader.load(file, "plan.yaml")));

        assertEquals("入れ子が深すぎます（上限 50 段）", problem.message());
        assertEquals(new Location.Line("plan.yaml", 3, ""), problem.location());
    }

    @Test
    void blockNesting_pastTheLimit_namesTheLineWhereItWentOver() throws Exception {
        Path file = write("plan.yaml", "plan:\n" + blockNested(60, 1));

        Problem problem = onlyProblem(assertThrows(InvalidFileException.class, () -> PlanFileLoader.load(file, "plan.yaml")));

        assertEquals("入れ子が深すぎます（上限 50 段）", problem.message());
        // The root mapping is level 1, plan's value level 2: level 51 is the value of the 50th k.
        assertEquals(new Location.Line("plan.yaml", 51, ""), problem.location());
    }

    @Test
    void nestingAtTheLimit_isReadAndChecked_asUsual() throws Exception {
        Path file = write("plan.yaml", "plan:\n  code: x\ndeep: " + flowNested(49) + "\n");

        List<Problem> problems = assertThrows(InvalidFileException.class, () -> PlanFileLoader.load(file, "plan.yaml"))
                .problems();

        assertTrue(problems.stream().noneMatch(p -> p.message().startsWith("入れ子")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().equals("知らないキーです")), problems.toString());
    }

    @Test
    void billionLaughs_isRefusedAtTheAliasPastTheLimit() throws Exception {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol]\n");
        for (int level = 1; level <= 9; level++) {
            String previous = "*a" + (level - 1);
            yaml.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, previous))).append("]\n");
        }
        Path file = write("plan.yaml", yaml.toString());

        Problem problem = onlyProblem(assertThrows(InvalidFileException.class, () -> PlanFileLoader.load(file, "plan.yaml")));

        assertEquals("リストやマッピングを指す別名（*）が多すぎます（上限 50 個）", problem.message());
        assertEquals(new Location.Line("plan.yaml", 7, ""), problem.location(), "10 aliases a line from line 2: the 51st is on line 7");
    }

    @Test
    void aliasesOfScalars_areNotCounted() throws Exception {
        String many = IntStream.range(0, 200).mapToObj(i -> "k" + i + ": *s").collect(Collectors.joining("\n"));
        Path file = write("senryaku.yaml", "plan: &s plans/x.yaml\n" + many + "\n");

        List<Problem> problems = assertThrows(InvalidFileException.class,
                () -> SettingsFileLoader.load(file, "senryaku.yaml", Set.of("plan"))).problems();

        assertEquals(200, problems.size(), "only the unknown keys");
    }

    @Test
    void rulebookAndSettings_nestedTooDeep_areOneLocatedProblemToo() throws Exception {
        Path rulebook = write("rulebook.yaml", "basis: RATE\ngrades: " + flowNested(3000) + "\n");
        Path settings = write("senryaku.yaml", "plan: " + flowNested(3000) + "\n");

        Problem fromRulebook = onlyProblem(assertThrows(InvalidFileException.class,
                () -> RulebookFileLoader.load(rulebook, "rulebook.yaml")));
        Problem fromSettings = onlyProblem(assertThrows(InvalidFileException.class,
                () -> SettingsFileLoader.load(settings, "senryaku.yaml", Set.of("plan"))));

        assertEquals(new Location.Line("rulebook.yaml", 2, ""), fromRulebook.location());
        assertEquals(new Location.Line("senryaku.yaml", 1, ""), fromSettings.location());
        assertTrue(fromSettings.describe().startsWith("senryaku.yaml:1: 入れ子が深すぎます（上限 50 段）"), fromSettings.describe());
    }
}
