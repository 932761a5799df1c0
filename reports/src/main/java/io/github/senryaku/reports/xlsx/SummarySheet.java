package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.time.JapaneseDates;
import io.github.senryaku.reports.format.GradeColours;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * 概要: the grades of the numerical targets (数値目標) per basic goal with a stacked bar chart, then — only
 * when the plan has them, and each in a table of its own, since kinds are never counted together — the
 * plan-wide targets (全体目標), the KPIs per basic goal (a reprint counted once) and the KPIs per policy
 * (reprints included, as each policy reads them).
 */
final class SummarySheet {

    private SummarySheet() {
    }

    static void write(ReportSnapshot snapshot, XSSFSheet sheet, WorkbookStyles styles) {
        List<Grade> grades = snapshot.rulebook().grades();
        int[] caps = new int[grades.size() + 2];
        java.util.Arrays.fill(caps, 12);
        caps[0] = 60;
        SheetWriter out = new SheetWriter(sheet, styles, caps);
        AnnualReportWorkbook.titleRows(out, snapshot, "概要");
        out.row().overflowing(0, "作成日　" + JapaneseDates.format(snapshot.madeOn()) + "　" + snapshot.plan().municipality(),
                styles.note);
        out.row().overflowing(0, "評価基準　" + snapshot.rulebook().name(), styles.note);
        out.row();
        List<BasicGoal> goals = snapshot.plan().goals();
        List<String> goalNames = goals.stream().map(goal -> goal.heading() + "　" + goal.title()).toList();
        int headerRow = tally(out, grades, "基本目標", goalNames, snapshot.evaluated().tallies());
        int last = out.nextRow() - 1;
        // Short goal names for the chart's axis, beside the table.
        for (int g = 0; g < goals.size(); g++) {
            sheet.getRow(headerRow + 1 + g).createCell(grades.size() + 3).setCellValue(goals.get(g).heading());
        }
        List<NativeCharts.Series> series = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            series.add(new NativeCharts.Series(grades.get(i).display(),
                    new CellRangeAddress(headerRow + 1, last, i + 1, i + 1),
                    GradeColours.rgb(snapshot.rulebook(), grades.get(i)), false));
        }
        NativeCharts.stackedBars(sheet, "基本目標別の評価の内訳（指標数）", new int[] {0, last + 2, grades.size() + 2, last + 20},
                new CellRangeAddress(headerRow + 1, last, grades.size() + 3, grades.size() + 3),
                series.toArray(NativeCharts.Series[]::new));
        out.skip(20);
        otherKinds(snapshot, out, grades);
        out.finish();
        sheet.setColumnHidden(grades.size() + 3, true);
    }

    private static void otherKinds(ReportSnapshot snapshot, SheetWriter out, List<Grade> grades) {
        if (!snapshot.plan().overallTargets().isEmpty()) {
            out.row().overflowing(0, "全体目標の評価", out.styles.note);
            tally(out, grades, "全体目標", List.of("全体目標"), List.of(snapshot.evaluated().overallTally()));
            out.row();
        }
        if (snapshot.plan().kpis().findAny().isEmpty()) {
            return;
        }
        out.row().overflowing(0, "重要業績評価指標（KPI）の評価（基本目標別。再掲の指標は一度だけ数えます。数値目標とは別の集計です）",
                out.styles.note);
        List<String> goalNames = snapshot.plan().goals().stream().map(goal -> goal.heading() + "　" + goal.title()).toList();
        tally(out, grades, "基本目標", goalNames, snapshot.evaluated().kpiTallies());
        out.row();
        out.row().overflowing(0, "重要業績評価指標（KPI）の評価（施策別。再掲の指標を含みます）", out.styles.note);
        List<Policy> policies = snapshot.plan().policies().filter(p -> !snapshot.plan().kpisPrintedUnder(p).isEmpty()).toList();
        tally(out, grades, "主要施策", policies.stream().map(p -> p.code().text() + "　" + p.title()).toList(),
                policies.stream().map(p -> snapshot.evaluated().kpiTally(p)).toList());
    }

    /** A table of grade counts, one row per group; returns its header row. */
    private static int tally(SheetWriter out, List<Grade> grades, String firstHeader, List<String> rows,
            List<GradeTally> tallies) {
        WorkbookStyles styles = out.styles;
        int headerRow = out.nextRow();
        out.row().text(0, firstHeader, styles.header);
        for (int i = 0; i < grades.size(); i++) {
            out.text(i + 1, grades.get(i).display(), styles.header);
        }
        out.text(grades.size() + 1, "計", styles.header);
        for (int r = 0; r < rows.size(); r++) {
            out.row().text(0, rows.get(r), styles.wrapped);
            for (int i = 0; i < grades.size(); i++) {
                out.integer(i + 1, tallies.get(r).count(grades.get(i)), styles.number("0"));
            }
            out.integer(grades.size() + 1, tallies.get(r).total(), styles.number("0"));
        }
        return headerRow;
    }
}
