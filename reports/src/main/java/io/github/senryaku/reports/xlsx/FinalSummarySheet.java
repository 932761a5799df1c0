package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.evaluation.EvaluatedYear;
import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.plan.IndicatorKind;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.JapaneseDates;
import io.github.senryaku.reports.format.FinalTexts;
import io.github.senryaku.reports.format.GradeColours;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * 概要: the grades of each year side by side — a row per year, a column per grade; a year without reports
 * reads 未提出 in its first grade column and has no counts — one table per kind of target, and the
 * numerical targets' table drawn as stacked bars, then the data's fingerprint.
 */
final class FinalSummarySheet {

    static final String NAME = "概要";

    private FinalSummarySheet() {
    }

    static void write(FinalReportSnapshot snapshot, XSSFSheet sheet, WorkbookStyles styles) {
        List<Grade> grades = snapshot.rulebook().grades();
        int[] caps = new int[grades.size() + 2];
        java.util.Arrays.fill(caps, 12);
        caps[0] = 40;
        SheetWriter out = new SheetWriter(sheet, styles, caps);
        FinalReportWorkbook.titleRows(out, snapshot, NAME);
        out.row().overflowing(0, "作成日　" + JapaneseDates.format(snapshot.madeOn()) + "　" + snapshot.plan().municipality(),
                styles.note);
        out.row().overflowing(0, "評価基準　" + snapshot.rulebook().name(), styles.note);
        out.row().overflowing(0, "データ指紋（SHA-256）　" + snapshot.sha256(), styles.note);
        if (!snapshot.missingYears().isEmpty()) {
            out.row().overflowing(0, "報告のない年度（" + FinalTexts.MISSING + "）　" + snapshot.missingYears().stream()
                    .map(FiscalYear::eraLabel).collect(Collectors.joining("、")), styles.note);
        }
        out.row();
        out.row().overflowing(0, "数値目標の評価（年度別）", styles.note);
        int headerRow = tally(out, snapshot, grades, EvaluatedYear::targetTally);
        int last = out.nextRow() - 1;
        List<NativeCharts.Series> series = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            series.add(new NativeCharts.Series(grades.get(i).display(), new CellRangeAddress(headerRow + 1, last, i + 1, i + 1),
                    GradeColours.rgb(snapshot.rulebook(), grades.get(i)), false));
        }
        NativeCharts.stackedBars(sheet, "年度別の数値目標の評価（指標数）", new int[] {0, last + 2, grades.size() + 2, last + 18},
                new CellRangeAddress(headerRow + 1, last, 0, 0), series.toArray(NativeCharts.Series[]::new));
        out.skip(18);
        if (has(snapshot, IndicatorKind.OVERALL)) {
            out.row();
            out.row().overflowing(0, "全体目標の評価（年度別）", styles.note);
            tally(out, snapshot, grades, EvaluatedYear::overallTally);
        }
        if (has(snapshot, IndicatorKind.KPI)) {
            out.row();
            out.row().overflowing(0, "重要業績評価指標（KPI）の評価（年度別。数値目標とは別の集計です）", styles.note);
            tally(out, snapshot, grades, EvaluatedYear::kpiTally);
        }
        out.finish();
    }

    private static boolean has(FinalReportSnapshot snapshot, IndicatorKind kind) {
        return snapshot.targets().stream().anyMatch(course -> course.target().kind() == kind);
    }

    /** Years down, grades across; returns the header row. */
    private static int tally(SheetWriter out, FinalReportSnapshot snapshot, List<Grade> grades,
            Function<EvaluatedYear, GradeTally> kind) {
        WorkbookStyles styles = out.styles;
        int headerRow = out.nextRow();
        out.row().text(0, "年度", styles.header);
        for (int i = 0; i < grades.size(); i++) {
            out.text(i + 1, grades.get(i).display(), styles.header);
        }
        out.text(grades.size() + 1, "計", styles.header);
        for (EvaluatedYear year : snapshot.evaluatedYears()) {
            out.row().text(0, year.year().eraLabel(), styles.text);
            if (!year.submitted()) {
                out.text(1, FinalTexts.MISSING, styles.centered);
                continue;
            }
            GradeTally tally = kind.apply(year);
            for (int i = 0; i < grades.size(); i++) {
                out.integer(i + 1, tally.count(grades.get(i)), styles.number("0"));
            }
            out.integer(grades.size() + 1, tally.total(), styles.number("0"));
        }
        return headerRow;
    }
}
