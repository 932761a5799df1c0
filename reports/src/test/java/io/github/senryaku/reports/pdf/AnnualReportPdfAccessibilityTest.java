package io.github.senryaku.reports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.snapshot.KnownSnapshot;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.TrendPoints;
import io.github.senryaku.reports.testing.ExternalTools;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annual report as a screen reader meets it: PDF/UA-1 and PDF/A-2a by veraPDF, the structure tree read
 * back with PDFBox (headings, tables, figures whose alternative text gives the charts' figures), the page
 * decoration outside it, and the summary page's text in the order of its headings.
 */
class AnnualReportPdfAccessibilityTest {

    private static ReportSnapshot snapshot;
    private static byte[] pdf;
    private static List<PdfReading.Tag> tags;

    @BeforeAll
    static void render() throws Exception {
        snapshot = KnownSnapshot.r6();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnualReportPdf(ReportFont.bundled()).render(snapshot, out);
        pdf = out.toByteArray();
        tags = PdfReading.structure(pdf);
    }

    private static List<String> types() {
        return tags.stream().map(PdfReading.Tag::type).toList();
    }

    @Test
    void veraPdf_saysPdfUa1Compliant() throws Exception {
        assertEquals(List.of(), PdfReading.pdfUa1Failures(pdf));
    }

    @Test
    void veraPdf_saysPdfA2aCompliant() throws Exception {
        assertEquals(List.of(), PdfReading.pdfA2aFailures(pdf));
    }

    @Test
    void catalog_isInJapanese_marked_andShowsTheTitle() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("ja-JP", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            COSDictionary preferences = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.VIEWER_PREFERENCES);
            assertEquals(COSBoolean.TRUE, preferences.getDictionaryObject(COSName.getPDFName("DisplayDocTitle")));
            assertTrue(document.getDocumentInformation().getTitle().startsWith(AnnualReportPdf.title(snapshot)));
        }
    }

    @Test
    void structureTree_hasHeadingsInOrder_tablesAndFigures() {
        List<String> types = types();
        assertEquals("Document", types.get(0));
        List<String> headings = types.stream().filter(type -> type.matches("H\\d")).toList();
        assertEquals("H1", headings.get(0), "the cover's title is the first heading");
        for (int i = 1; i < headings.size(); i++) {
            int level = headings.get(i).charAt(1) - '0';
            int before = headings.get(i - 1).charAt(1) - '0';
            assertTrue(level <= before + 1, "no heading level skipped: " + headings.subList(0, i + 1));
        }
        for (String type : List.of("H1", "H2", "H3", "P", "Table", "TR", "TH", "TD", "Figure")) {
            assertTrue(types.contains(type), type + " in " + types.stream().distinct().toList());
        }
        // 概要 (one chart) and one chart per target of the plan.
        assertEquals(1 + snapshot.plan().targets().count(), types.stream().filter("Figure"::equals).count());
    }

    @Test
    void talliesChart_alt_givesEveryGoalsCountPerGrade() {
        String alt = figureAlts().stream().filter(text -> text.startsWith("基本目標ごと")).findFirst().orElseThrow();
        List<GradeTally> tallies = snapshot.evaluated().tallies();
        for (int i = 0; i < tallies.size(); i++) {
            int goal = snapshot.plan().goals().get(i).number();
            int at = alt.indexOf("基本目標" + goal + "：");
            assertTrue(at >= 0, alt);
            String counts = alt.substring(at, alt.indexOf("。", at));
            for (Grade grade : snapshot.rulebook().grades()) {
                assertTrue(counts.contains(grade.display() + " " + tallies.get(i).count(grade) + "件"), counts);
            }
        }
    }

    @Test
    void everyTargetsChart_alt_namesTheTarget_andEachFigureItPlots() {
        List<String> alts = figureAlts();
        for (NumericalTarget target : snapshot.plan().targets().toList()) {
            String alt = alts.stream().filter(text -> text.startsWith(target.name() + "の")).findFirst()
                    .orElseThrow(() -> new AssertionError("no figure for " + target.code() + " in " + alts));
            for (FiscalYear year : TrendPoints.years(snapshot, target)) {
                if (target.isMilestone()) {
                    continue;
                }
                Optional<BigDecimal> actual = TrendPoints.actual(snapshot, target, year);
                actual.ifPresent(value -> assertTrue(alt.contains(ReportCharts.label(year) + " "
                        + target.unit().format(Figures.printed(target, new Quantity(value, false)))), year + ": " + alt));
            }
        }
        assertTrue(alts.stream().anyMatch(alt -> alt.startsWith("合計特殊出生率") && alt.contains("R5 1.48")), alts.toString());
        assertTrue(alts.stream().anyMatch(alt -> alt.contains("R6 1,900人")), alts.toString());
        assertTrue(alts.stream().anyMatch(alt -> alt.contains("R2 812万人") && alt.contains("R6 1,121万人")), alts.toString());
        assertTrue(alts.stream().anyMatch(alt -> alt.startsWith("価値創造拠点施設の整備") && alt.contains("整備中")), alts.toString());
    }

    private static List<String> figureAlts() {
        return tags.stream().filter(tag -> tag.type().equals("Figure")).map(PdfReading.Tag::alt).toList();
    }

    @Test
    void runningHeader_andPageNumber_areArtifacts_notText() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(document.getPage(1));
            List<PDMarkedContent> marked = new ArrayList<>();
            extractor.getMarkedContents().forEach(content -> flatten(content, marked));
            List<String> artifacts = marked.stream().filter(content -> "Artifact".equals(content.getTag()))
                    .map(AnnualReportPdfAccessibilityTest::text).toList();
            List<String> tagged = marked.stream().filter(content -> !"Artifact".equals(content.getTag()))
                    .map(AnnualReportPdfAccessibilityTest::text).toList();
            assertTrue(artifacts.stream().anyMatch(text -> text.contains("進捗状況報告書（令和6年度")), artifacts.toString());
            assertTrue(artifacts.stream().anyMatch(text -> text.contains("- 1 -")), artifacts.toString());
            assertFalse(tagged.stream().anyMatch(text -> text.contains("進捗状況報告書（令和6年度") || text.contains("- 1 -")),
                    tagged.toString());
            assertTrue(tagged.stream().anyMatch(text -> text.contains("概要")), tagged.toString());
        }
    }

    private static void flatten(PDMarkedContent content, List<PDMarkedContent> into) {
        into.add(content);
        content.getContents().stream().filter(PDMarkedContent.class::isInstance)
                .forEach(inner -> flatten((PDMarkedContent) inner, into));
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        content.getContents().stream().filter(org.apache.pdfbox.text.TextPosition.class::isInstance)
                .forEach(position -> text.append(((org.apache.pdfbox.text.TextPosition) position).getUnicode()));
        return text.toString();
    }

    @Test
    void pdftotext_readsTheSummaryPage_inTheOrderOfItsHeadings(@TempDir Path dir) throws Exception {
        Path pdftotext = ExternalTools.require("pdftotext", "poppler-utils");
        Path file = dir.resolve("report.pdf");
        Files.write(file, pdf);

        ExternalTools.Result summary = ExternalTools.run(dir, 60, pdftotext.toString(), "-f", "2", "-l", "2", file.toString(), "-");

        assertEquals(0, summary.exitCode(), summary.output());
        String text = summary.output();
        List<String> inOrder = List.of("概要", "数値目標（5指標）の評価", "基本目標1", "合計", "数値目標の一覧", "T1-1", "合計特殊出生率",
                "T2-1", "T3-1", "T3-2", "T4-1");
        int at = -1;
        for (String piece : inOrder) {
            int next = text.indexOf(piece, at + 1);
            assertTrue(next > at, "「" + piece + "」 after the text before it, in:\n" + text);
            at = next;
        }
    }
}
