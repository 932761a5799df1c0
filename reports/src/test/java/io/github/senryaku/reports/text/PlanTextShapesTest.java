package io.github.senryaku.reports.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code plan show} of the サンプル plan of every target shape, for R5. */
class PlanTextShapesTest {

    private static String text;

    @BeforeAll
    static void render() throws Exception {
        text = PlanText.of(ShapesSnapshot.r5().evaluated(), "");
    }

    @Test
    void planWideTargets_first_withTheirOwnTally() {
        assertTrue(text.indexOf("【全体目標】") < text.indexOf("【基本目標1】"), text);
        assertTrue(text.contains("全体目標の評価の集計\n  全体目標  A（達成）"), text);
        assertTrue(text.contains("\n  T0                1          0          1          0            0\n"), text);
    }

    @Test
    void kpis_tallied_apart_andPrintedUnderTheirPolicy_reprintsMarked() {
        assertTrue(text.contains("重要業績評価指標（KPI）の評価の集計（再掲は一度だけ数えます）\n  基本目標"), text);
        assertTrue(text.contains("      重要業績評価指標（KPI） A 1・B 1・C 0・D 0・N 0\n        K1-2-1 待機児童数"), text);
        assertTrue(text.contains("        K1-1-1（再掲） 創業支援件数"), text);
    }

    @Test
    void eachShape_readsAsThePlanMeansIt() {
        assertTrue(text.contains("令和5年度の実績 55人（R3～R5累計 155人）　達成率 103.3%（中間目標に対する達成率）"), text);
        assertTrue(text.contains("基準値（参考） 250人（令和2年度） → 目標値 300人（令和8年度）"), text);
        assertTrue(text.contains("中間目標 令和5年度 150人"), text);
        assertTrue(text.contains("令和5年度の実績 －（R2調査 100,000人）"), text);
        assertTrue(text.contains("目標値 100,000人を維持（許容幅2%、令和8年度）"), text);
        assertTrue(text.contains("基準値 －（新規） → 目標値 100件（令和8年度）"), text);
        assertTrue(text.contains("目標値 令和4年度から毎年度 0人"), text);
        assertTrue(text.contains("目標値 増加（令和8年度）\n          令和5年度の実績 140件　評価 A（達成）"), "no rate for a trend: " + text);
        assertTrue(text.contains("29件（R3～R5平均 29.7件）"), text);
        assertTrue(text.contains("注 基準値：2016～2020年度の累計"), text);
        assertTrue(text.contains("注 参考値 12件（令和2年度）：県の調査による参考値"), text);
    }
}
