package io.github.senryaku.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import io.github.senryaku.reports.snapshot.KnownFinalSnapshot;
import io.github.senryaku.reports.testing.ExternalTools;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The final report of Kanazawa's revised plan over R2–R6 ({@link KnownFinalSnapshot}: R5 without reports,
 * T3-1 revised, T4-1 retired, K3-2-1 added, a successor continuing three targets), read back with PDFBox.
 */
class FinalReportPdfTest {

    private static final Pattern TARGET_HEADING = Pattern.compile("(?m)^[TK]\\d+-\\d+(?:-\\d+)?(?![-\\d])");

    private static FinalReportSnapshot snapshot;
    private static byte[] pdf;
    private static FinalReportPdf.Rendered rendered;
    private static List<String> pages;

    @BeforeAll
    static void render() throws Exception {
        snapshot = KnownFinalSnapshot.kanazawa();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendered = new FinalReportPdf(ReportFont.bundled()).render(snapshot, out);
        pdf = out.toByteArray();
        pages = PdfReading.pagesInReadingOrder(pdf);
    }

    /**
     * The pages' text in reading order, every line without its spaces: position sorting puts stray spaces
     * inside words ({@code T 3-1}, {@code 令 和5年}), so the tests compare text without any.
     */
    private static String all() {
        return page(String.join("\n", pages));
    }

    private static String page(String text) {
        return text.lines().map(line -> line.replaceAll("(?U)\\s", "")).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** A target's block in 目標の推移: from its heading to the next target's. */
    private static String block(String code) {
        String text = all();
        String chapter = text.substring(text.indexOf("目標の推移と最終評価"), text.indexOf("取組の状況"));
        Matcher heading = Pattern.compile("(?m)^" + code + "(?![-\\d])").matcher(chapter);
        if (!heading.find()) {
            throw new AssertionError("no block for " + code + " in\n" + chapter);
        }
        Matcher next = TARGET_HEADING.matcher(chapter);
        int end = next.find(heading.end()) ? next.start() : chapter.length();
        return chapter.substring(heading.start(), end);
    }

    private static String summary() {
        String text = all();
        return text.substring(text.indexOf("概要"), text.indexOf("目標の推移と最終評価"));
    }

    @Test
    void cover_namesThePlanThePeriodTheFinalEvaluationAndTheSampleMark() {
        String cover = page(pages.get(0));

        assertTrue(cover.contains("第2次金沢版総合戦略最終評価"), cover);
        assertTrue(cover.contains("令和2～6年度（2020～2024年度）"), cover);
        assertTrue(cover.contains("令和7年7月31日"), cover);
        assertTrue(cover.contains(snapshot.sha256()), cover);
        assertTrue(cover.contains("サンプルデータ"), cover);
    }

    @Test
    void summary_setsEachYearsTalliesSideBySide_andTheMissingYearReadsMissing() {
        String summary = summary();

        assertTrue(summary.contains("年度A（達成）B（順調）C（遅れ）D（後退）N（未評価）計"), summary);
        assertTrue(summary.contains("令和3年度102115"), summary);
        assertTrue(summary.contains("令和5年度未提出"), summary);
        assertTrue(summary.contains("令和6年度201014"), "T4-1 retired: four targets in R6\n" + summary);
        assertTrue(summary.contains("令和5年度は報告がなく、未提出です。"), summary);
        assertTrue(summary.contains("重要業績評価指標（KPI）の評価（年度別）"), "K3-2-1 counted apart\n" + summary);
    }

    @Test
    void summary_listsEveryTargetsFinalGrade_andWhetherItWasMet() {
        String summary = summary();

        assertTrue(summary.contains("T2-1市外へ就職する新卒学生数A（達成）令和6年度達成"), summary);
        assertTrue(summary.contains("T3-1金沢地域の年間入込客数C（遅れ）令和6年度未達成"), summary);
        assertTrue(summary.contains("T1-1合計特殊出生率N（未評価）令和6年度判定不能"), summary);
    }

    @Test
    void targetBlock_showsTheTrajectory_theFinalGrade_andTheMissingYear() {
        String students = block("T2-1");

        assertTrue(students.contains("実績値1,980人1,950人1,930人未提出1,790人"), students);
        assertTrue(students.contains("評価CCC未提出A"), students);
        assertTrue(students.contains("最終評価A（達成）達成状況達成（令和6年度）"), students);
    }

    @Test
    void revisedTarget_isGradedAgainstTheOriginalBeforeTheRevision_andTheRevisedValueFromIt() {
        String visitors = block("T3-1");

        assertTrue(visitors.contains("評価DAB未提出C"), "R3's 1,130 meets 1,121; R4's 1,140 is short of 1,150\n" + visitors);
        assertTrue(visitors.contains("目標値1,121万人1,121万人1,150万人1,180万人1,180万人"), visitors);
        assertTrue(visitors.contains("最終評価C（遅れ）達成状況未達成（令和6年度）"), visitors);
    }

    @Test
    void retiredTarget_showsUntilItsRetirement_withTheGradeOfItsLastYear() {
        String partners = block("T4-1");

        assertTrue(partners.contains("令和5年3月改訂（サンプル）により廃止（令和5年度から）"), partners);
        assertTrue(partners.contains("実績値84事業88事業90事業廃止廃止"), partners);
        assertTrue(partners.contains("最終評価C（遅れ）達成状況未達成（令和4年度）"), partners);
    }

    @Test
    void continuedTarget_namesTheSuccessorAndItsCode_andOthersDoNot() {
        assertTrue(block("T3-1").contains("後継計画sample-successorT3-1に継続"), block("T3-1"));
        assertFalse(block("T3-2").contains("後継計画"), block("T3-2"));
        assertFalse(block("T4-1").contains("後継計画"), block("T4-1"));
    }

    @Test
    void measures_showStatusAndDirectionPerYear_missingYearAndRetirementSaid() {
        String text = all();
        String measures = text.substring(text.indexOf("取組の状況"), text.indexOf("計画の改訂"));

        assertTrue(measures.contains("実施中－実施中未提出完了"), "M1-1-1's status over R2–R6\n" + measures);
        assertTrue(measures.contains("継続拡充終了"), "M1-1-1's way forward under it\n" + measures);
        assertTrue(measures.contains("－－着手未提出－"), "M3-2-2, added in R4\n" + measures);
    }

    @Test
    void revisions_listEachChangeWithItsReason_andTheYearItTookEffect() {
        String text = all();
        String revisions = text.substring(text.lastIndexOf("計画の改訂"));

        assertTrue(revisions.contains("令和4年3月改訂（サンプル）（令和4年度から適用）"), revisions);
        assertTrue(revisions.contains("T3-1の目標値を1,150に変更早期に目標へ近づいたため上方修正（サンプル）"), revisions);
        assertTrue(revisions.contains("令和5年3月改訂（サンプル）（令和5年度から適用）"), revisions);
        assertTrue(revisions.contains("T4-1を廃止連携事業の再編により廃止（サンプル）"), revisions);
        assertTrue(revisions.contains("入込客数の早期回復を受けた見直し（サンプル）"), "the revision's note\n" + revisions);
    }

    @Test
    void everyPage_butTheCover_carriesTheSampleMark_andEachChapterIsBookmarked() throws Exception {
        for (int page = 1; page < pages.size(); page++) {
            assertTrue(page(pages.get(page)).contains("サンプルデータ（実際の数値ではありません）"), "page " + (page + 1));
        }
        assertEquals(List.of("概要", "目標の推移と最終評価", "取組の状況", "計画の改訂"), PdfReading.bookmarks(pdf));
        assertEquals(pages.size(), rendered.pages());
        assertEquals(List.of(), rendered.warnings());
    }

    @Test
    void veraPdf_saysPdfA2aCompliant_withEveryFontEmbedded() throws Exception {
        assertEquals(List.of(), PdfReading.pdfA2aFailures(pdf));
        for (PdfReading.FontUse font : PdfReading.fonts(pdf)) {
            assertTrue(font.embedded() && font.subset(), font.toString());
        }
    }

    @Test
    void veraPdf_saysPdfUa1Compliant_asTheAnnualReportIs() throws Exception {
        assertEquals(List.of(), PdfReading.pdfUa1Failures(pdf));
    }

    @Test
    void qpdfCheck_andPdffonts_agree(@TempDir Path dir) throws Exception {
        Path qpdf = ExternalTools.require("qpdf", "qpdf");
        Path pdffonts = ExternalTools.require("pdffonts", "poppler-utils");
        Path file = dir.resolve(FinalReportPdf.fileName(snapshot));
        Files.write(file, pdf);

        ExternalTools.Result check = ExternalTools.run(dir, 60, qpdf.toString(), "--check", file.toString());
        assertEquals(0, check.exitCode(), check.output());
        ExternalTools.Result fonts = ExternalTools.run(dir, 60, pdffonts.toString(), file.toString());
        assertEquals(0, fonts.exitCode(), fonts.output());
        for (String row : fonts.output().lines().skip(2).toList()) {
            assertTrue(Pattern.compile("\\s(yes)\\s+(yes)\\s+(yes)\\s").matcher(row).find(), "emb/sub/uni: " + row);
        }
    }

    @Test
    void fileName_isNamedAfterThePlan() {
        assertEquals("最終評価_kanazawa-2nd.pdf", FinalReportPdf.fileName(snapshot));
    }
}
