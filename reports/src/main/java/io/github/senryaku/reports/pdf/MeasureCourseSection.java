package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.FinalTexts;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import io.github.senryaku.reports.snapshot.MeasureReport;
import java.util.List;

/**
 * 取組の状況: every measure the plan had, a column per year with what its department reported — the status
 * (実施状況) over the way forward (今後の方向性). The year's cell follows {@link FinalTexts}'s order: 廃止 or
 * {@code －} when the measure was not in the plan, 未提出 for a year with no report at all, {@code －} when
 * only this measure was not reported.
 */
final class MeasureCourseSection {

    private MeasureCourseSection() {
    }

    static void write(Layout<FinalReportSnapshot> layout) throws DocumentException {
        FinalReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        layout.chapter("取組の状況");
        layout.body("各年度の欄は、上段が実施状況、下段が今後の方向性です。");
        List<FiscalYear> years = snapshot.years();
        float[] widths = new float[years.size() + 1];
        java.util.Arrays.fill(widths, 1.25f);
        widths[0] = 4;
        PdfPTable table = Layout.table(widths);
        table.setHeaderRows(1);
        table.addCell(type.headerCell("取組"));
        years.forEach(year -> table.addCell(type.headerCell(year.eraYear())));
        for (Measure measure : snapshot.measures()) {
            table.addCell(type.cell(measure.code().text() + (measure.isNew() ? "［新規］" : "") + "　" + measure.title(),
                    Typesetter.Style.TABLE));
            years.forEach(year -> table.addCell(type.cell(cell(snapshot, measure, year), Typesetter.Style.TABLE,
                    Element.ALIGN_CENTER)));
        }
        layout.add(table);
    }

    private static String cell(FinalReportSnapshot snapshot, Measure measure, FiscalYear year) {
        return FinalTexts.absence(snapshot.evaluation(), measure, year).orElseGet(() -> snapshot.measureReport(measure, year)
                .map(MeasureCourseSection::statusAndDirection).orElse(ShapeTexts.NONE));
    }

    static String statusAndDirection(MeasureReport report) {
        String status = report.status().isEmpty() ? ShapeTexts.NONE : report.status();
        return report.direction().isEmpty() ? status : status + "\n" + report.direction();
    }
}
