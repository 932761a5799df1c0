package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoCommandTest {

    @Test
    void demo_validatesThePlan_andPrintsItEvaluatedOnMarkedSampleData() {
        CliRun run = CliRun.of("demo");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("を読み込み、検証しました（基本目標 4・数値目標 5・主要施策 16・取組 23）"), run.out());
        assertTrue(run.out().contains("サンプルデータ — 公式の数値ではありません"), run.out());
        assertTrue(run.out().contains("評価年度: 令和6年度（2024年度）"), run.out());
        assertTrue(run.out().contains("評価の集計（令和6年度）"), run.out());
    }
}
