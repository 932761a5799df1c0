package io.github.senryaku.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.reports.snapshot.KnownSnapshot;
import io.github.senryaku.reports.snapshot.MeasureReport;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
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

class AnnualReportPdfTest {

    private static ReportSnapshot snapshot;
    private static byte[] pdf;
    private static AnnualReportPdf.Rendered rendered;
    private static List<String> pages;

    @BeforeAll
    static void render() throws Exception {
        snapshot = KnownSnapshot.r6();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        rendered = new AnnualReportPdf(ReportFont.bundled()).render(snapshot, out);
        pdf = out.toByteArray();
        pages = PdfReading.pages(pdf);
    }

    private static String all() {
        return String.join("\n", pages);
    }

    /**
     * A target's block in its goal's chapter: from its heading to the 評価の理由 row of its evaluation, which
     * holds its year-by-year figures, rate, expected progress and grade — and nothing of another target.
     */
    private static String block(String code) {
        String chapters = String.join("\n", pages.subList(2, pages.size())).replace('\u3000', ' ');
        java.util.regex.Matcher heading = java.util.regex.Pattern.compile("(?m)^" + code + " \\S").matcher(chapters);
        if (!heading.find()) {
            throw new AssertionError("no section for " + code + " in\n" + chapters);
        }
        int end = chapters.indexOf("評価の理由", heading.start());
        return chapters.substring(heading.start(), end);
    }

    @Test
    void cover_namesThePlanTheYearTheDateAndTheHash() {
        String cover = pages.get(0);
        assertTrue(cover.contains("第2次金沢版総合戦略"), cover);
        assertTrue(cover.contains("進捗状況報告書"), cover);
        assertTrue(cover.contains("令和6年度（2024年度）実績"), cover);
        assertTrue(cover.contains("金沢市"), cover);
        assertTrue(cover.contains("令和7年6月30日"), cover);
        assertTrue(cover.contains(snapshot.sha256()), cover);
        assertTrue(cover.contains("サンプルデータ"), cover);
    }

    @Test
    void everyTarget_showsItsFigureRateAndGrade_inItsOwnBlock() {
        String birthRate = block("T1-1");
        assertTrue(birthRate.contains("未公表（集"), "R6 not yet published: " + birthRate);
        assertTrue(birthRate.contains("N（未評価）"), birthRate);
        assertTrue(birthRate.contains("1.48"), "the R5 figure: " + birthRate);

        String students = block("T2-1");
        assertTrue(students.contains("1,900人"), students);
        assertTrue(students.contains("50.0%"), "2,000 → 1,800 with 1,900 is 50.0 %: " + students);
        assertTrue(students.contains("100.0%"), "expected progress in the target year: " + students);
        assertTrue(students.contains("C（遅れ）"), students);
        assertTrue(students.contains("約2,000人（平成30年度）"), students);

        String visitors = block("T3-1");
        assertTrue(visitors.contains("1,121万人"), visitors);
        assertTrue(visitors.contains("100.0%"), visitors);
        assertTrue(visitors.contains("A（達成）"), visitors);
        assertTrue(visitors.contains("812万人"), "the R2 figure: " + visitors);

        String centre = block("T3-2");
        assertTrue(centre.contains("整備中"), centre);
        assertTrue(centre.contains("A（達成）"), centre);

        String partners = block("T4-1");
        assertTrue(partners.contains("未提出"), "no R6 figure: " + partners);
        assertTrue(partners.contains("N（未評価）"), partners);
        assertFalse(partners.contains("A（達成）"), partners);
    }

    @Test
    void pendingFigures_sayWhy_andGannenIsWritten() {
        String text = all();
        assertTrue(text.contains("未公表（集計中）"), "T1-1 in R6");
        assertTrue(block("T1-1").contains("令和元"), "2019 is 令和元(年), never 令和1");
        assertFalse(text.contains("令和1年"), text);
    }

    @Test
    void summary_tallies_perGoal_andMeasures_withBudget() {
        String summary = pages.get(1);
        assertTrue(summary.contains("概要"), summary);
        assertTrue(summary.contains("A（達成）"), summary);
        String text = all();
        assertTrue(text.contains("出産・子育て応援ギフトを配付"), "M1-1-1's 取組内容");
        assertTrue(text.contains("予算額 12,000千円"), "the policy's budget in thousands of yen");
        assertTrue(text.contains("執行率 90.0%"), text);
        assertTrue(text.contains("［新規］"), text);
    }

    @Test
    void budget_reconciledPerGoal_withLinesOutsideTheStrategy_andUnfundedMeasures() {
        String text = all();
        assertTrue(text.contains("予算・決算の状況"), text);
        assertTrue(text.contains("戦略外（計画の取組に当たらない事業）"), text);
        assertTrue(text.contains("庁舎維持管理"), "the 戦略外 line B-900");
        assertTrue(text.contains("65,000千円"), "the total: 12,000 + 50,000 + 3,000 千円");
        assertTrue(text.contains("予算の計上がない取組（21件）"), "23 measures, 2 funded");
    }

    @Test
    void appendix_rulebookMissingSourcesGlossary() {
        String text = all();
        assertTrue(text.contains("付録1"), text);
        assertTrue(text.contains("達成率が100%以上"), "a band of the rulebook in words");
        assertTrue(text.contains("未提出一覧"), text);
        assertTrue(text.contains("産業政策課_R6.xlsx"), "a data source");
        assertTrue(text.contains("リカレント教育"), "the plan's glossary");
    }

    @Test
    void everyPage_butTheCover_hasTheHeaderAndANumber_andEveryPageTheSampleMark() {
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            assertTrue(page.contains("サンプルデータ"), "page " + (i + 1) + ":\n" + page);
            if (i > 0) {
                assertTrue(page.contains("- " + i + " -"), "page number of page " + (i + 1) + ":\n" + page);
                assertTrue(page.contains("進捗状況報告書（令和6年度（2024年度）実績）"), page);
            }
        }
        assertEquals(rendered.pages(), pages.size());
    }

    @Test
    void bookmarks_perChapter() throws Exception {
        List<String> bookmarks = PdfReading.bookmarks(pdf);
        assertEquals("概要", bookmarks.get(0));
        assertTrue(bookmarks.get(2).startsWith("基本目標1　若い世代に優しく"), bookmarks.toString());
        assertTrue(bookmarks.get(5).startsWith("基本目標4"), bookmarks.toString());
        assertEquals("予算・決算の状況", bookmarks.get(1), "the finance chapter follows the summary when there is finance data");
        assertEquals(List.of("付録1　評価基準", "付録2　未提出一覧", "付録3　データ出所", "付録4　用語解説"),
                bookmarks.subList(6, 10));
    }

    @Test
    void oneFont_embeddedAsASubset_noHelvetica_evenInCharts() throws Exception {
        List<PdfReading.FontUse> fonts = PdfReading.fonts(pdf);
        assertFalse(fonts.isEmpty());
        for (PdfReading.FontUse font : fonts) {
            assertTrue(font.embedded(), font.toString());
            assertTrue(font.subset(), font.toString());
            assertTrue(font.name().contains("IPAexGothic"), font.toString());
        }
        assertFalse(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Helvetica"));
    }

    @Test
    void veraPdf_saysPdfA2aCompliant() throws Exception {
        assertEquals(List.of(), PdfReading.pdfA2aFailures(pdf));
    }

    @Test
    void chartsAreVectors_noRasterImages() {
        String raw = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("/Subtype/Image") || raw.contains("/Subtype /Image"), "no raster image in the PDF");
        assertTrue(all().contains("目標への道筋"), "chart legends are text");
    }

    @Test
    void noLine_startsWithClosingPunctuation_norEndsWithAnOpeningBracket() throws Exception {
        String comment = "市内の子育て世帯へのアンケート（回答数１，２３４件）では、「満足」「やや満足」が合わせて八割を超え、"
                + "前年度から改善した。一方、周知が行き届いていない地域があり、町会・公民館・児童館と連携した案内を強化する。"
                + "ギフトの受け取りにはオンライン申請（ｅ－申請）を導入し、窓口の待ち時間は平均１５分から５分へと短縮した。"
                + "引き続き、利用者の声を聞きながら、ひとり親家庭や多胎児家庭への配慮、外国人住民への多言語での案内を進める。";
        ReportSnapshot withComment = KnownSnapshot.withReport(new MeasureReport(new MeasureCode(1, 1, 2), KnownSnapshot.R6, "実施中",
                "継続", comment, "", "", "こども未来課", "x.xlsx"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnualReportPdf(ReportFont.bundled()).render(withComment, out);
        String text = String.join("\n", PdfReading.pages(out.toByteArray()));
        String flat = comment.replace("\n", "");
        List<String> lines = text.lines().map(String::strip).filter(line -> line.length() >= 2
                && (flat.contains(line) || line.startsWith("取組内容：") && flat.startsWith(line.substring(5, 10)))).toList();
        assertTrue(lines.size() >= 4, "the comment wraps over several lines: " + lines);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            char first = line.charAt(0);
            char last = line.charAt(line.length() - 1);
            assertTrue(JapaneseLineBreaks.NO_LINE_START.indexOf(first) < 0, "line starts with " + first + ": " + line);
            assertTrue(i == lines.size() - 1 || JapaneseLineBreaks.NO_LINE_END.indexOf(last) < 0,
                    "line ends with " + last + ": " + line);
        }
    }

    @Test
    void aCharacterTheFontLacks_isNamedInAWarning() throws Exception {
        ReportSnapshot withRareKanji = KnownSnapshot.withReport(new MeasureReport(new MeasureCode(1, 1, 2),
                KnownSnapshot.R6, "実施中", "継続", "𠮷野地区で説明会を開催", "", "", "こども未来課", "x.xlsx"));

        AnnualReportPdf.Rendered result = new AnnualReportPdf(ReportFont.bundled())
                .render(withRareKanji, new ByteArrayOutputStream());

        assertEquals(1, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).contains("𠮷"), result.warnings().get(0));
        assertTrue(result.warnings().get(0).contains("U+20BB7"), result.warnings().get(0));
        assertTrue(result.warnings().get(0).contains("𠮷野地区で説明会を開催"), result.warnings().get(0));
        assertEquals(List.of(), rendered.warnings(), "the known snapshot has no such character");
    }

    @Test
    void qpdfCheck_andPdffonts_agree(@TempDir Path dir) throws Exception {
        Path qpdf = ExternalTools.require("qpdf", "qpdf");
        Path pdffonts = ExternalTools.require("pdffonts", "poppler-utils");
        Path file = dir.resolve("report.pdf");
        Files.write(file, pdf);

        ExternalTools.Result check = ExternalTools.run(dir, 60, qpdf.toString(), "--check", file.toString());
        assertEquals(0, check.exitCode(), check.output());
        assertTrue(check.output().contains("No syntax or stream encoding errors"), check.output());

        ExternalTools.Result fonts = ExternalTools.run(dir, 60, pdffonts.toString(), file.toString());
        assertEquals(0, fonts.exitCode(), fonts.output());
        List<String> rows = fonts.output().lines().skip(2).toList();
        assertFalse(rows.isEmpty(), fonts.output());
        Pattern embeddedSubset = Pattern.compile("\\s(yes)\\s+(yes)\\s+(yes)\\s");
        for (String row : rows) {
            Matcher m = embeddedSubset.matcher(row);
            assertTrue(m.find(), "emb/sub/uni must all be yes: " + row);
        }
    }
}
