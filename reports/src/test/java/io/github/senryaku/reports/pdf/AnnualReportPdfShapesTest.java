package io.github.senryaku.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The report of the サンプル plan of every target shape, read back from the PDF's text. */
class AnnualReportPdfShapesTest {

    private static byte[] pdf;
    private static AnnualReportPdf.Rendered rendered;
    private static List<String> pages;

    @BeforeAll
    static void render() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendered = new AnnualReportPdf(ReportFont.bundled()).render(ShapesSnapshot.r5(), out);
        pdf = out.toByteArray();
        pages = PdfReading.pages(pdf).stream().map(page -> page.replace('\u3000', ' ')).toList();
    }

    private static String all() {
        return String.join("\n", pages);
    }

    /** The page a target's block is on (a block is kept on one page): its heading and its 評価の理由. */
    private static String pageOf(String heading) {
        return pages.stream().filter(page -> page.contains(heading) && page.contains("評価の理由")).findFirst()
                .orElseThrow(() -> new AssertionError("no page with " + heading + " in\n" + all()));
    }

    @Test
    void planWideTargets_haveTheirChapter_beforeTheGoals() throws Exception {
        List<String> bookmarks = PdfReading.bookmarks(pdf);

        assertEquals("全体目標", bookmarks.get(1), bookmarks.toString());
        assertTrue(bookmarks.get(2).startsWith("基本目標1"), bookmarks.toString());
        assertTrue(pageOf("T0-1 合計特殊出生率").contains("C（遅れ）"), pageOf("T0-1 合計特殊出生率"));
    }

    @Test
    void aSum_showsTheYearsOwnFigures_theRunningSum_andItsInterimTarget() {
        String block = pageOf("T1-1 新規就業者数");

        assertTrue(block.contains("実績値（単年"), block);
        assertTrue(block.contains("累計 40人 100人 155人"), "the running sum, year by year: " + block);
        assertTrue(block.contains("評価した値 R3～R5累計 155人"), block);
        assertTrue(block.contains("基準値（参考） 250人（令和2年度）※1"), "a sum's baseline is for reference: " + block);
        assertTrue(block.contains("中間目標 令和5年度 150人"), block);
        assertTrue(block.contains("103.3%（中間目標に対する達成率）"), "R5 is graded against the interim target: " + block);
        assertTrue(block.contains("A（達成）"), block);
        assertTrue(block.contains("※1 基準値：2016～2020年度の累計"), "the baseline's note, as a footnote: " + block);
        assertTrue(block.contains("※2 目標値：令和3～8年度の累計"), block);
    }

    @Test
    void aCeilingOnASum_overItsAllowance_isBehind() {
        String block = pageOf("T1-2 市外への転出超過数");

        assertTrue(block.contains("R3～R5累計 360人"), block);
        assertTrue(block.contains("C（遅れ）"), block);
        assertTrue(block.contains("上限の目安 300 を超えています"), block);
    }

    @Test
    void aSurvey_notDueThisYear_isGradedOnTheLastSurvey_notMissing() {
        String block = pageOf("T0-2 総人口");

        assertTrue(block.contains("評価した値 R2調査 100,000人"), block);
        assertTrue(block.contains("100,000人を維持（許容幅2%、令和8年"), block);
        assertFalse(block.contains("未提出"), block);
        String missing = pages.stream().filter(page -> page.contains("付録2 未提出一覧")).findFirst().orElseThrow();
        assertFalse(missing.contains("T0-2"), missing);
        assertFalse(missing.contains("T2-1"), missing);
    }

    @Test
    void policyKpis_underTheirPolicy_withReprintsMarked_andTheirOwnTally() {
        String text = all();

        assertTrue(text.contains("重要業績評価指標（KPI）"), text);
        assertTrue(text.contains("K1-1-1"), text);
        assertTrue(text.contains("（再掲）"), "K1-1-1 again under P1-2: " + text);
        assertTrue(text.contains("この施策のKPIの評価：B（順調） 2件（計2指標）"), "P1-1's tally: " + text);
        assertTrue(text.contains("この施策のKPIの評価：A（達成） 1件、B（順調） 1件（計2指標、再掲を含む）"), "P1-2's: " + text);
        assertTrue(text.contains("29件（R3～R5平均"), "a mean beside the year's figure: " + text);
        assertTrue(text.contains("－（新規）"), "K1-1-2 has no baseline: " + text);
        assertTrue(text.contains("※1 K1-1-2 参考値 12件（令和2年度）：県の調査による参考値"), text);
        assertTrue(text.contains("令和4年度から"), "K1-2-1 毎年度ゼロ from R4: " + text);
        assertTrue(text.contains("毎年度 100件"), text);
        assertTrue(text.contains("増加（令和8年"), "K2-1-2 increase by R8, no figure: " + text);
    }

    @Test
    void summary_talliesKpisApart_fromTheNumericalTargets() {
        String summary = pages.get(1);

        assertTrue(summary.contains("全体目標の評価"), summary);
        assertTrue(summary.contains("全体目標 1 0 1 0 0 2"), "T0-1 C, T0-2 A: " + summary);
        assertTrue(summary.contains("数値目標（4指標）"), summary);
        assertTrue(summary.contains("合計 1 1 2 0 0 4"), "数値目標: T1-1 A, T2-1 B, T1-2 and T2-2 C: " + summary);
        assertTrue(summary.contains("重要業績評価指標（KPI）の評価"), summary);
        assertTrue(summary.contains("合計 2 3 1 0 0 6"), "6 KPIs, the reprint counted once: " + summary);
    }

    @Test
    void appendix_explainsTheShapesThePlanUses() {
        String text = all();

        assertTrue(text.contains("累計の目標：数え始めの年度から"), text);
        assertTrue(text.contains("基準値のない指標（新規）"), text);
        assertTrue(text.contains("現状維持の目標"), text);
    }

    @Test
    void stillPdfA2a_withEveryGlyph() throws Exception {
        assertEquals(List.of(), rendered.warnings());
        assertEquals(List.of(), PdfReading.pdfA2aFailures(pdf));
    }

    @Test
    void pdfUa1_withTheNotesAndTheAppendixRules_readAsLists() throws Exception {
        List<String> types = PdfReading.structure(pdf).stream().map(PdfReading.Tag::type).toList();

        assertEquals(List.of(), PdfReading.pdfUa1Failures(pdf));
        assertTrue(types.contains("L"), types.toString());
        assertTrue(types.stream().filter("LI"::equals).count() >= 3, "at least the three shape rules: " + types);
        assertEquals(types.stream().filter("LI"::equals).count(), types.stream().filter("LBody"::equals).count());
    }
}
