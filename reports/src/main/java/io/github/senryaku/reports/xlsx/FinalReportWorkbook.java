package io.github.senryaku.reports.xlsx;

import io.github.senryaku.reports.format.FinalTexts;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A plan's final report (最終評価) as an Excel workbook: 概要 (each year's tallies side by side, with a chart),
 * 目標の推移 (a row per target, a column per year, final grade, 達成状況, successor), 施策の状況 (each measure's
 * status and 今後の方向性 by year) and 改訂. As in the annual workbook, the chart sheet is XSSF and the row
 * sheets stream through SXSSF; styles are made once.
 */
public final class FinalReportWorkbook {

    public static final List<String> SHEETS = List.of(FinalSummarySheet.NAME, TargetCourseSheet.NAME,
            MeasureCourseSheet.NAME, RevisionSheet.NAME);
    /** Rows kept in memory per streamed sheet. */
    private static final int WINDOW = 200;

    private FinalReportWorkbook() {
    }

    /** {@code 最終評価_kanazawa-2nd.xlsx}. */
    public static String fileName(FinalReportSnapshot snapshot) {
        return "最終評価_" + snapshot.plan().code() + ".xlsx";
    }

    public static void write(FinalReportSnapshot snapshot, OutputStream out) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        XSSFSheet summary = base.createSheet(FinalSummarySheet.NAME);
        SXSSFWorkbook workbook = new SXSSFWorkbook(base, WINDOW);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            FinalSummarySheet.write(snapshot, summary, styles);
            TargetCourseSheet.write(snapshot, workbook.createSheet(TargetCourseSheet.NAME), styles);
            MeasureCourseSheet.write(snapshot, workbook.createSheet(MeasureCourseSheet.NAME), styles);
            RevisionSheet.write(snapshot, workbook.createSheet(RevisionSheet.NAME), styles);
            workbook.setActiveSheet(0);
            var properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
            properties.setTitle(snapshot.plan().title() + " 最終評価 " + FinalTexts.period(snapshot.plan().period()));
            properties.setCreator("senryaku");
            properties.setKeywords("SHA-256:" + snapshot.sha256());
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The first rows of every sheet: the plan, the sheet, the period, and the sample mark when the data is not real. */
    static void titleRows(SheetWriter out, FinalReportSnapshot snapshot, String sheetName) {
        out.titleRows(snapshot.plan().title(), sheetName, "最終評価　" + FinalTexts.periodLabel(snapshot.plan().period()),
                snapshot.sample());
    }
}
