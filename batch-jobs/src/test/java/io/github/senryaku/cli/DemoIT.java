package io.github.senryaku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command end to end: sample workbooks imported through the real job, one sent back, R6 rendered. */
class DemoIT {

    @TempDir
    Path dir;

    @Test
    void demo_importsSampleWorkbooks_rejectsTheFlawedOne_andRendersMarkedReports() throws Exception {
        Path home = dir.resolve("demo-data");

        CliRun run = CliRun.of("demo", "--home", home.toString());

        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("取込済  24 件"), run.out());
        assertTrue(run.out().contains("差戻し  観光政策課_R6_記入誤りあり.xlsx（エラー 3 件）"), run.out());
        assertTrue(run.out().contains("セルA6: 計画にない指標コードです"), run.out());
        try (Stream<Path> rejected = Files.list(home.resolve("rejected"))) {
            assertTrue(rejected.anyMatch(file -> file.toString().endsWith("記入誤りあり.xlsx.errors.xlsx")));
        }
        Path pdf = home.resolve("reports/kanazawa-2nd/R6/進捗状況報告書_R6.pdf");
        assertTrue(run.out().contains(pdf.toString()), run.out());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertTrue(stripper.getText(document).contains("サンプルデータ"), "page " + page + " is marked");
            }
        }
        List<String> csv = Files.readAllLines(home.resolve("reports/kanazawa-2nd/R6/kpi.csv"));
        assertTrue(csv.stream().skip(1).allMatch(line -> line.contains("サンプルデータ")), "every open-data row is marked");

        // Kanazawa's plan with its sample revisions: graded in R6 against the version in force (T3-1 raised to 1,180).
        assertTrue(csv.stream().anyMatch(line -> line.startsWith("T3-1,") && line.split(",")[5].equals("2024")
                && line.contains(",1180,2024,")), csv.toString());
        // Its final report, and the successor's first year, whose T3-1 baseline is Kanazawa's R6 sample actual.
        Path finalPdf = home.resolve("reports/kanazawa-2nd/最終評価/最終評価_kanazawa-2nd.pdf");
        assertTrue(run.out().contains(finalPdf.toString()), run.out());
        try (PDDocument document = Loader.loadPDF(finalPdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("後継計画 sample-successor T3-1 に継続"), text);
            assertTrue(text.contains("令和4年3月改訂（サンプル）"), text);
        }
        // 指標コード is column 0, 年度 column 5, 実績値 column 7, 基準値 column 10.
        String r6 = csv.stream().filter(line -> line.startsWith("T3-1,") && line.split(",")[5].equals("2024")).findFirst()
                .orElseThrow();
        String kanazawaR6 = r6.split(",")[7];
        List<String> successor = Files.readAllLines(home.resolve("reports/sample-successor/R7/kpi.csv"));
        String t31 = successor.stream().filter(line -> line.startsWith("T3-1,") && line.split(",")[5].equals("2025"))
                .findFirst().orElseThrow();
        assertEquals(kanazawaR6, t31.split(",")[10], "the successor's baseline is Kanazawa's R6 actual: " + t31);
        assertTrue(t31.endsWith(",sample-successor,kanazawa-2nd,T3-1"), t31);
    }

    @Test
    void demo_neverWipesAFolderItDidNotMake() throws Exception {
        Path precious = Files.createDirectories(dir.resolve("real-data"));
        Files.writeString(precious.resolve("important.txt"), "do not delete");

        CliRun run = CliRun.of("demo", "--home", precious.toString());

        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("デモが作ったフォルダではないため、消さずに中止しました"), run.err());
        assertTrue(Files.exists(precious.resolve("important.txt")));
    }
}
