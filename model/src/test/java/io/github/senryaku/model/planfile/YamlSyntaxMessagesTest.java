package io.github.senryaku.model.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan file with a syntax mistake: one located problem, said in Japanese, the library's English at most as a detail. */
class YamlSyntaxMessagesTest {

    @TempDir
    Path dir;

    private Problem onlyProblem(String yaml) throws Exception {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, yaml);
        InvalidFileException rejected = assertThrows(InvalidFileException.class, () -> PlanFileLoader.load(file, "plan.yaml"));
        assertEquals(1, rejected.problems().size(), rejected.getMessage());
        return rejected.problems().get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plan:\\n  code: a: b\\n|YAML の書式が正しくありません: この位置には「キー: 値」を書けません",
            "plan:\\n\\tcode: x\\n|YAML の書式が正しくありません: タブ文字は使えません",
            "plan:\\n  title: \"閉じない\\n|YAML の書式が正しくありません: 引用符かかっこが閉じられないまま、ファイルが終わっています",
            "plan: [a, b\\n|YAML の書式が正しくありません: 「]」か「,」がありません",
            "plan:\\n  code: *nothing\\n|YAML の書式が正しくありません: 定義されていない別名（*名前）です"})
    void commonMistakes_areSaidInJapanese(String yaml, String message) throws Exception {
        Problem problem = onlyProblem(yaml.replace("\\n", "\n").replace("\\t", "\t"));

        assertEquals(message, problem.message(), problem.hint());
        assertTrue(problem.message().chars().noneMatch(c -> c >= 'a' && c <= 'z'), problem.message());
    }

    @Test
    void anUnknownMistake_keepsAJapaneseMessage_andTheDetailInTheHint() {
        YamlSyntaxMessages.Said said = YamlSyntaxMessages.of("while parsing something nobody expected");

        assertEquals("YAML の書式が正しくありません", said.message());
        assertTrue(said.hint().endsWith("（詳細: while parsing something nobody expected）"), said.hint());
    }
}
