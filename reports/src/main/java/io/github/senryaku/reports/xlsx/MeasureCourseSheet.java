package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.FinalTexts;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import io.github.senryaku.reports.snapshot.MeasureReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 施策の状況: a row per measure (取組) the plan had, and per year two columns — 実施状況 and 今後の方向性 — so each
 * can be filtered; a year's cells read 未提出 when the year has no report at all, 廃止 or {@code －} when the
 * measure was not in the plan that year, and {@code －} when only this measure was not reported.
 */
final class MeasureCourseSheet {

    static final String NAME = "施策の状況";
    static final int HEADER_ROW = 2;

    private MeasureCourseSheet() {
    }

    static void write(FinalReportSnapshot snapshot, Sheet sheet, WorkbookStyles styles) {
        List<FiscalYear> years = snapshot.years();
        List<String> headers = new ArrayList<>(List.of("施策コード", "取組コード", "新規", "取組"));
        years.forEach(year -> {
            headers.add(year.eraLabel() + " 実施状況");
            headers.add(year.eraLabel() + " 今後の方向性");
        });
        int[] caps = new int[headers.size()];
        java.util.Arrays.fill(caps, 12);
        caps[3] = 40;
        SheetWriter out = new SheetWriter(sheet, styles, caps);
        FinalReportWorkbook.titleRows(out, snapshot, NAME);
        out.row();
        for (int i = 0; i < headers.size(); i++) {
            out.header(i, headers.get(i));
        }
        for (Measure measure : snapshot.measures()) {
            out.row();
            out.text(0, measure.code().policyCode().text(), styles.text);
            out.text(1, measure.code().text(), styles.text);
            out.text(2, measure.isNew() ? "新規" : "", styles.centered);
            out.text(3, measure.title(), styles.wrapped);
            int column = 4;
            for (FiscalYear year : years) {
                Optional<String> absent = FinalTexts.absence(snapshot.evaluation(), measure, year);
                Optional<MeasureReport> report = snapshot.measureReport(measure, year);
                out.text(column++, absent.orElseGet(() -> report.map(MeasureReport::status).filter(s -> !s.isEmpty())
                        .orElse(ShapeTexts.NONE)), styles.centered);
                out.text(column++, absent.orElseGet(() -> report.map(MeasureReport::direction).filter(d -> !d.isEmpty())
                        .orElse(ShapeTexts.NONE)), styles.centered);
            }
        }
        out.table(HEADER_ROW, out.nextRow() - 1, headers.size() - 1);
        out.finish();
    }
}
