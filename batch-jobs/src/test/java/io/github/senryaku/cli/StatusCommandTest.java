package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.testing.ProjectFiles;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code senryaku status} before anything is imported (no store yet): what is due, listed by kind. */
class StatusCommandTest {

    @TempDir
    Path home;

    private CliRun status(String plan, String year) {
        return CliRun.withEnvironment(Map.of("SENRYAKU_HOME", home.toString(), "SENRYAKU_PLAN",
                ProjectFiles.config(plan).toString()), "status", "--year", year);
    }

    @Test
    void sampleShapes_listsPlanWideTargets_thenPerGoalNumericalTargetsKpisAndMeasures() {
        CliRun run = status("plans/sample-shapes.yaml", "R4");

        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        // Due in R4: T0-1; T1-1, T1-2, K1-1-1, K1-1-2, K1-2-1 and 3 measures; T2-2, K2-1-1..3 and 2 measures.
        assertTrue(out.startsWith("サンプル市総合戦略（サンプル）（sample-shapes）\n令和4年度（2022年度） の提出状況（未提出 15 件）\n【全体目標】\n  全体目標: 提出 0 / 1\n"
                + "    未提出 T0-1 合計特殊出生率\n    調査年外 T0-2 総人口（R2調査の値で評価）\n"), out);
        assertTrue(out.contains("【基本目標1】しごとをつくり、安心して働けるようにする\n  数値目標: 提出 0 / 2\n"
                + "    未提出 T1-1 新規就業者数\n    未提出 T1-2 市外への転出超過数\n  KPI（重要業績評価指標）: 提出 0 / 3\n"
                + "    未提出 K1-1-1 創業支援件数\n    未提出 K1-1-2 産学官の連携件数\n    未提出 K1-2-1 待機児童数\n  取組: 提出 0 / 3\n"), out);
        assertTrue(out.contains("  数値目標: 提出 0 / 1\n    調査年外 T2-1 市民満足度（R2調査の値で評価）\n    未提出 T2-2 観光入込客数\n"), out);
        assertFalse(out.contains("未提出 T2-1"), "a survey indicator is not missing in a year without a survey");
        assertEquals(1, out.split("K1-1-1", -1).length - 1, "a reprinted KPI is listed once");
    }

    @Test
    void everyYearTarget_beforeItsFromYear_isNotListed() {
        String out = status("plans/sample-shapes.yaml", "R3").out();

        assertFalse(out.contains("K1-2-1"), out);
        assertTrue(out.contains("  KPI（重要業績評価指標）: 提出 0 / 2\n"), out);
    }

    @Test
    void kanazawa_hasNoPlanWideOrKpiLines() {
        CliRun run = status("plans/kanazawa-2nd.yaml", "R5");

        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("全体目標") || run.out().contains("KPI"), run.out());
        assertTrue(run.out().contains("  数値目標: 提出 0 / 1\n    未提出 T1-1 合計特殊出生率\n"), run.out());
    }
}
