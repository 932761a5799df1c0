package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.time.JapaneseDates;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.SourceFile;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The annual report as an Excel workbook: 概要, 数値目標, 重要業績評価指標 (when the plan's policies have KPIs),
 * 推移グラフ, 取組状況, 推進会議意見 (when the council gave opinions on the year), データ出所. The two sheets with
 * charts are ordinary XSSF sheets (charts need the object model); the row-heavy sheets stream through
 * SXSSF, so a plan of thousands of targets and measures renders under a small heap.
 */
public final class AnnualReportWorkbook {

    public static final List<String> SHEETS = List.of("概要", TargetsSheet.NAME, TrendSheet.NAME, MeasuresSheet.NAME,
            "データ出所");
    static final String SAMPLE_MARK = "サンプルデータ（実際の数値ではありません）";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** Rows kept in memory per streamed sheet. */
    private static final int WINDOW = 200;

    private AnnualReportWorkbook() {
    }

    public static void write(ReportSnapshot snapshot, OutputStream out) throws IOException {
        XSSFWorkbook base = new XSSFWorkbook();
        XSSFSheet summary = base.createSheet(SHEETS.get(0));
        XSSFSheet trends = base.createSheet(TrendSheet.NAME);
        SXSSFWorkbook workbook = new SXSSFWorkbook(base, WINDOW);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            SummarySheet.write(snapshot, summary, styles);
            TargetsSheet.write(snapshot, workbook.createSheet(TargetsSheet.NAME), styles);
            boolean kpis = snapshot.plan().kpis().findAny().isPresent();
            if (kpis) {
                TargetsSheet.writeKpis(snapshot, workbook.createSheet(TargetsSheet.KPI_NAME), styles);
            }
            TrendSheet.write(snapshot, trends, styles);
            MeasuresSheet.write(snapshot, workbook.createSheet(MeasuresSheet.NAME), styles);
            if (!snapshot.council().isEmpty()) {
                CouncilSheet.write(snapshot, workbook.createSheet(CouncilSheet.NAME), styles);
            }
            sources(snapshot, workbook.createSheet(SHEETS.get(4)), styles);
            workbook.setSheetOrder(TargetsSheet.NAME, 1);
            if (kpis) {
                workbook.setSheetOrder(TargetsSheet.KPI_NAME, 2);
            }
            workbook.setActiveSheet(0);
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(
                    snapshot.plan().title() + " 進捗状況報告書 " + snapshot.year().label() + "実績");
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("senryaku");
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setKeywords("SHA-256:" + snapshot.sha256());
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    /** The first rows of every sheet: what it is, for which year, and the sample mark when the data is not real. */
    static void titleRows(SheetWriter out, ReportSnapshot snapshot, String sheetName) {
        out.titleRows(snapshot.plan().title(), sheetName, snapshot.yearLine(), snapshot.sample());
    }

    private static void sources(ReportSnapshot snapshot, Sheet sheet, WorkbookStyles styles) {
        SheetWriter out = new SheetWriter(sheet, styles, 40, 16, 22, 10, 10, 66);
        titleRows(out, snapshot, "データ出所");
        out.row().text(0, "データ指紋（SHA-256）", styles.header);
        out.text(1, snapshot.sha256(), styles.text);
        out.row().text(0, "評価年度", styles.header);
        out.text(1, snapshot.year().label(), styles.text);
        if (!snapshot.versionNote().isEmpty()) {
            out.row().text(0, "計画の版", styles.header);
            out.text(1, snapshot.versionNote(), styles.text);
        }
        out.row().text(0, "評価基準", styles.header);
        out.text(1, snapshot.rulebook().name(), styles.text);
        out.row().text(0, "作成日", styles.header);
        out.text(1, JapaneseDates.format(snapshot.madeOn()), styles.text);
        out.row();
        int headerRow = out.nextRow();
        out.row();
        List<String> headers = List.of("ファイル", "担当課", "取込日時", "実績値（件）", "取組（件）", "ファイルのSHA-256");
        for (int i = 0; i < headers.size(); i++) {
            out.header(i, headers.get(i));
        }
        for (SourceFile source : snapshot.sources()) {
            ZonedDateTime at = source.importedAt().atZone(JAPAN);
            out.row().text(0, source.name(), styles.text);
            out.text(1, source.department(), styles.text);
            out.text(2, JapaneseDates.format(at.toLocalDate()) + String.format(" %02d:%02d", at.getHour(), at.getMinute()),
                    styles.text);
            out.number(3, BigDecimal.valueOf(source.actuals()), styles.number("#,##0"));
            out.number(4, BigDecimal.valueOf(source.measures()), styles.number("#,##0"));
            out.text(5, source.sha256(), styles.text);
        }
        out.table(headerRow, out.nextRow() - 1, headers.size() - 1);
        out.finish();
    }
}
