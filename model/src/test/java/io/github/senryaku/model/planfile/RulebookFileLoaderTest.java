package io.github.senryaku.model.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.Basis;
import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulebookFileLoaderTest {

    @TempDir
    Path dir;

    @Test
    void shippedRulebooks_load() throws Exception {
        GradingRulebook standard = RulebookFileLoader.load(ProjectFiles.defaultRulebook());
        GradingRulebook ibaraki = RulebookFileLoader.load(ProjectFiles.ibarakiRulebook());

        assertEquals(List.of("A", "B", "C", "D", "N"), standard.grades().stream().map(Grade::code).toList());
        assertEquals(Basis.RATE, standard.basis());
        assertEquals(List.of("A", "B+", "B", "C", "D", "N"), ibaraki.grades().stream().map(Grade::code).toList());
        assertEquals(Basis.PROGRESS_RATIO, ibaraki.basis());
    }

    @Test
    void bandsNotEndingWithOtherwise_andUnknownGrade_areReported() throws Exception {
        String text = Files.readString(ProjectFiles.defaultRulebook())
                .replace("{grade: D, otherwise: true, description: 達成率が0%以下}", "{grade: E, above: -100, description: x}");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, text);

        List<Problem> problems = assertThrows(InvalidFileException.class, () -> RulebookFileLoader.load(file, "bad.yaml"))
                .problems();

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("grades にない"), problems.toString());
        assertTrue(problems.get(1).message().contains("otherwise"), problems.toString());
    }

    @Test
    void bandWithTwoConditions_isReported() throws Exception {
        String text = Files.readString(ProjectFiles.defaultRulebook())
                .replace("{grade: A, atLeast: 100,", "{grade: A, atLeast: 100, above: 99,");
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, text);

        Problem problem = assertThrows(InvalidFileException.class, () -> RulebookFileLoader.load(file, "bad.yaml"))
                .problems().get(0);

        assertTrue(problem.message().contains("どれか1つ"), problem.describe());
        assertEquals("above, atLeast", problem.input());
    }
}
