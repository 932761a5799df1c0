package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.format.TallyTexts;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.List;

/**
 * 概要: how many targets got each grade — the plan-wide targets (全体目標) first when there are any, the
 * numerical targets (数値目標) per basic goal as a table and a chart, and the policies' KPIs per goal in a
 * table of their own (kinds are never counted together) — then every target in one list per kind.
 */
final class SummarySection {

    private SummarySection() {
    }

    static void write(Layout<ReportSnapshot> layout) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        List<BasicGoal> goals = snapshot.plan().goals();
        layout.chapter("概要");
        if (!snapshot.plan().overallTargets().isEmpty()) {
            layout.subheading("全体目標の評価");
            layout.add(tallyTable(layout, "全体目標", List.of("全体目標"), List.of(snapshot.evaluated().overallTally()), false));
        }
        layout.body(TallyTexts.targetsIntro(snapshot));
        List<String> headings = goals.stream().map(BasicGoal::heading).toList();
        layout.add(tallyTable(layout, "基本目標", headings, snapshot.evaluated().tallies(), true));

        layout.chart(layout.charts().tallies(snapshot), 495, 40 + 34 * goals.size());

        long kpis = snapshot.plan().kpis().count();
        if (kpis > 0) {
            layout.subheading("重要業績評価指標（KPI）の評価");
            layout.body(TallyTexts.kpisIntro(snapshot));
            layout.add(tallyTable(layout, "基本目標", headings, snapshot.evaluated().kpiTallies(), true));
        }

        if (!snapshot.plan().overallTargets().isEmpty()) {
            list(layout, "全体目標の一覧", snapshot.plan().overallTargets());
        }
        list(layout, "数値目標の一覧", snapshot.plan().numericalTargets().toList());
        if (kpis > 0) {
            list(layout, "重要業績評価指標（KPI）の一覧", snapshot.plan().kpis().toList());
        }
    }

    /** Grades counted per row, every grade of the rulebook a column, with the rows' sum when asked. */
    private static PdfPTable tallyTable(Layout<ReportSnapshot> layout, String firstHeader, List<String> rows, List<GradeTally> tallies,
            boolean sum) {
        Typesetter type = layout.type();
        List<Grade> grades = layout.snapshot().rulebook().grades();
        float[] widths = new float[grades.size() + 2];
        widths[0] = 6;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.3f;
        }
        PdfPTable table = Layout.table(widths);
        table.setHeaderRows(1);
        table.addCell(type.headerCell(firstHeader));
        grades.forEach(grade -> table.addCell(type.headerCell(grade.display())));
        table.addCell(type.headerCell("計"));
        for (int i = 0; i < rows.size(); i++) {
            GradeTally tally = tallies.get(i);
            table.addCell(type.cell(rows.get(i), Typesetter.Style.TABLE));
            grades.forEach(grade -> table.addCell(type.cell(String.valueOf(tally.count(grade)), Typesetter.Style.TABLE,
                    Element.ALIGN_RIGHT)));
            table.addCell(type.cell(String.valueOf(tally.total()), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
        }
        if (sum) {
            table.addCell(type.headerCell("合計"));
            grades.forEach(grade -> table.addCell(type.cell(String.valueOf(tallies.stream().mapToInt(t -> t.count(grade)).sum()),
                    Typesetter.Style.TABLE_HEADER, Element.ALIGN_RIGHT)));
            table.addCell(type.cell(String.valueOf(tallies.stream().mapToInt(GradeTally::total).sum()),
                    Typesetter.Style.TABLE_HEADER, Element.ALIGN_RIGHT));
        }
        return table;
    }

    /** One line per target: its year's figure (and the value graded, when that is another), rate and grade. */
    private static void list(Layout<ReportSnapshot> layout, String heading, List<NumericalTarget> targets) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        layout.subheading(heading);
        PdfPTable list = Layout.table(1.1f, 5.2f, 2.4f, 1.5f, 1.6f);
        list.setHeaderRows(1);
        List.of("コード", "指標名", snapshot.year().eraLabel() + "の実績値", "達成率", "評価")
                .forEach(header -> list.addCell(type.headerCell(header)));
        for (NumericalTarget target : targets) {
            TargetEvaluation evaluation = snapshot.evaluation(target);
            list.addCell(type.cell(target.code().text(), Typesetter.Style.TABLE));
            list.addCell(type.cell(target.name(), Typesetter.Style.TABLE));
            list.addCell(type.cell(ShapeTexts.actualAndMeasured(evaluation), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
            list.addCell(type.cell(ShapeTexts.rate(evaluation), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
            list.addCell(gradeCell(layout, evaluation));
        }
        layout.add(list);
    }

    static PdfPCell gradeCell(Layout<ReportSnapshot> layout, TargetEvaluation evaluation) {
        return gradeCell(layout.type(), layout.snapshot().rulebook(), evaluation.grade().grade());
    }

    /** A grade as {@code A（達成）} on its colour's tint, the same in every report. */
    static PdfPCell gradeCell(Typesetter type, GradingRulebook rulebook, Grade grade) {
        PdfPCell cell = type.cell(grade.display(), Typesetter.Style.TABLE_HEADER, Element.ALIGN_CENTER);
        cell.setBackgroundColor(new java.awt.Color(io.github.senryaku.reports.format.GradeColours.tint(rulebook, grade)));
        return cell;
    }
}
