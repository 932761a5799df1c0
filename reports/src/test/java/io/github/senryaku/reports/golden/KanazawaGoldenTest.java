package io.github.senryaku.reports.golden;

import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.reports.csv.KpiCsv;
import io.github.senryaku.reports.json.PlanJson;
import io.github.senryaku.reports.pdf.AnnualReportPdf;
import io.github.senryaku.reports.pdf.PdfReading;
import io.github.senryaku.reports.pdf.ReportFont;
import io.github.senryaku.reports.snapshot.KnownSnapshot;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.text.PlanText;
import io.github.senryaku.reports.xlsx.AnnualReportWorkbook;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kanazawa's outputs for the known R6 snapshot, held against golden files
 * ({@code src/test/resources/golden/kanazawa/}): the kpi.csv bytes, the PDF's text as PDFBox extracts it, the
 * workbook's cells, and {@code plan show} as text and JSON. A change to any of them fails here until the
 * golden file is rendered again on purpose ({@link GoldenFile} says how) and committed with the reason.
 */
class KanazawaGoldenTest {

    private static final Path GOLDEN = GoldenFile.folder("kanazawa");

    private static ReportSnapshot snapshot;

    @BeforeAll
    static void snapshot() throws Exception {
        snapshot = KnownSnapshot.r6();
    }

    @Test
    void kpiCsv_byteForByte() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        KpiCsv.write(snapshot, out);

        GoldenFile.assertBytes(GOLDEN.resolve("kpi.csv"), out.toByteArray());
    }

    @Test
    void pdf_text() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new AnnualReportPdf(ReportFont.bundled()).render(snapshot, out);

        GoldenFile.assertText(GOLDEN.resolve("report.pdf.txt"), pagesText(PdfReading.pages(out.toByteArray())));
    }

    @Test
    void workbook_cells() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        AnnualReportWorkbook.write(snapshot, out);

        GoldenFile.assertText(GOLDEN.resolve("report.xlsx.txt"), WorkbookDump.of(out.toByteArray()));
    }

    @Test
    void planShow_text() throws Exception {
        EvaluatedPlan evaluated = snapshot.evaluated();

        GoldenFile.assertText(GOLDEN.resolve("plan-show.txt"), PlanText.of(evaluated, "サンプルデータ"));
    }

    @Test
    void planShow_json_withAndWithoutTheYear() throws Exception {
        GoldenFile.assertText(GOLDEN.resolve("plan.json"), PlanJson.of(snapshot.plan()) + "\n");
        GoldenFile.assertText(GOLDEN.resolve("plan-r6.json"), PlanJson.of(snapshot.evaluated()) + "\n");
    }

    /** Pages one after another, each under a marker line, so a moved page break shows in the diff. */
    private static String pagesText(List<String> pages) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            text.append("=== page ").append(i + 1).append(" ===\n").append(pages.get(i));
            if (!pages.get(i).endsWith("\n")) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
