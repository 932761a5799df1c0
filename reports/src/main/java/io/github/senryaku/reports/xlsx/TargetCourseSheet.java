package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetCourse;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.FinalTexts;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * 目標の推移: a row per target the plan had, a column per year of the period — the year's figure as a number
 * where there is one, else what {@link FinalTexts} says of the year (未提出, 廃止, －, 未公表) — then the final
 * grade (coloured as in the annual workbook), its year, 達成状況, the retirement and the successor's target.
 */
final class TargetCourseSheet {

    static final String NAME = "目標の推移";
    static final int HEADER_ROW = 2;

    private TargetCourseSheet() {
    }

    static void write(FinalReportSnapshot snapshot, Sheet sheet, WorkbookStyles styles) {
        List<FiscalYear> years = snapshot.years();
        List<String> headers = new ArrayList<>(List.of("区分", "目標コード", "指標名", "単位", "基準値", "目標値"));
        years.forEach(year -> headers.add(year.eraLabel()));
        headers.addAll(List.of("最終評価", "評価の名称", "評価年度", "達成状況", "廃止", "後継計画", "後継目標コード"));
        int[] caps = new int[headers.size()];
        java.util.Arrays.fill(caps, 14);
        caps[2] = 36;
        SheetWriter out = new SheetWriter(sheet, styles, caps);
        FinalReportWorkbook.titleRows(out, snapshot, NAME);
        out.row();
        for (int i = 0; i < headers.size(); i++) {
            out.header(i, headers.get(i));
        }
        for (TargetCourse course : snapshot.targets()) {
            row(out, snapshot, course, years);
        }
        int gradeColumn = headers.indexOf("最終評価");
        int lastRow = out.nextRow() - 1;
        if (lastRow > HEADER_ROW) {
            TargetsSheet.gradeColours(sheet, snapshot.rulebook(), new CellRangeAddress(HEADER_ROW + 1, lastRow, gradeColumn,
                    gradeColumn));
        }
        out.table(HEADER_ROW, lastRow, headers.size() - 1);
        out.finish();
    }

    private static void row(SheetWriter out, FinalReportSnapshot snapshot, TargetCourse course, List<FiscalYear> years) {
        WorkbookStyles styles = out.styles;
        NumericalTarget target = course.target();
        out.row();
        int column = 0;
        out.text(column++, target.kind().japanese(), styles.text);
        out.text(column++, target.code().text(), styles.text);
        out.text(column++, target.name(), styles.wrapped);
        out.text(column++, target.unit().symbol(), styles.centered);
        TargetsSheet.baselineCell(out, target, column++);
        column = TargetsSheet.targetCell(out, target, column, styles.number(WorkbookStyles.formatFor(target.precision())));
        for (FiscalYear year : years) {
            yearCell(out, snapshot, course, year, column++);
        }
        out.text(column++, course.finalGrade().code(), styles.centered);
        out.text(column++, course.finalGrade().label(), styles.centered);
        out.text(column++, course.finalYear().eraLabel(), styles.text);
        out.text(column++, course.achievement().japanese(), styles.centered);
        out.text(column++, course.retiredBy().map(r -> r.effective().eraLabel() + "（" + r.title() + "）").orElse(""),
                styles.wrapped);
        Optional<NumericalTarget> next = snapshot.continuation(target.code());
        out.text(column++, next.map(n -> snapshot.successor().orElseThrow().code()).orElse(""), styles.text);
        out.text(column, next.map(n -> n.code().text()).orElse(""), styles.text);
    }

    private static void yearCell(SheetWriter out, FinalReportSnapshot snapshot, TargetCourse course, FiscalYear year,
            int column) {
        Optional<String> absent = FinalTexts.absence(snapshot.evaluation(), course, year);
        Optional<Reported> actual = course.in(year).flatMap(evaluation -> evaluation.actual());
        if (absent.isEmpty() && actual.isPresent() && actual.get() instanceof Reported.Figure figure) {
            out.number(column, figure.quantity().value(), TargetsSheet.reported(out.styles, course.target(), figure.quantity()));
            return;
        }
        String text = absent.orElseGet(() -> actual.isEmpty() ? ShapeTexts.NONE : Figures.reported(course.target(), actual));
        out.text(column, text, out.styles.centered);
    }
}
