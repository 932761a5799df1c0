package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.List;

/** 概要: how many targets got each grade, per basic goal, as a table and a chart, then every target in one list. */
final class SummarySection {

    private SummarySection() {
    }

    static void write(Layout layout) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        List<Grade> grades = snapshot.rulebook().grades();
        layout.chapter("概要");
        layout.body(snapshot.year().label() + "の数値目標（" + snapshot.plan().targets().count() + "指標）の評価を、"
                + "基本目標ごとに集計しました。評価基準は「" + snapshot.rulebook().name() + "」です（付録参照）。");

        float[] widths = new float[grades.size() + 2];
        widths[0] = 6;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.3f;
        }
        PdfPTable table = Layout.table(widths);
        table.setHeaderRows(1);
        table.addCell(type.headerCell("基本目標"));
        grades.forEach(grade -> table.addCell(type.headerCell(grade.display())));
        table.addCell(type.headerCell("計"));
        List<GradeTally> tallies = snapshot.evaluated().tallies();
        List<BasicGoal> goals = snapshot.plan().goals();
        for (int i = 0; i < goals.size(); i++) {
            GradeTally tally = tallies.get(i);
            table.addCell(type.cell(goals.get(i).heading(), Typesetter.Style.TABLE));
            grades.forEach(grade -> table.addCell(type.cell(String.valueOf(tally.count(grade)), Typesetter.Style.TABLE,
                    Element.ALIGN_RIGHT)));
            table.addCell(type.cell(String.valueOf(tally.total()), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
        }
        table.addCell(type.headerCell("合計"));
        grades.forEach(grade -> table.addCell(type.cell(String.valueOf(tallies.stream().mapToInt(t -> t.count(grade)).sum()),
                Typesetter.Style.TABLE_HEADER, Element.ALIGN_RIGHT)));
        table.addCell(type.cell(String.valueOf(tallies.stream().mapToInt(GradeTally::total).sum()),
                Typesetter.Style.TABLE_HEADER, Element.ALIGN_RIGHT));
        layout.add(table);

        layout.add(layout.images().of(layout.charts().tallies(snapshot), 495, 40 + 34 * goals.size()));

        layout.subheading("数値目標の一覧");
        PdfPTable list = Layout.table(1.1f, 5.2f, 2.4f, 1.5f, 1.6f);
        list.setHeaderRows(1);
        List.of("コード", "指標名", snapshot.year().eraLabel() + "の実績値", "達成率", "評価")
                .forEach(header -> list.addCell(type.headerCell(header)));
        for (BasicGoal goal : goals) {
            for (NumericalTarget target : goal.targets()) {
                TargetEvaluation evaluation = snapshot.evaluation(target);
                list.addCell(type.cell(target.code().text(), Typesetter.Style.TABLE));
                list.addCell(type.cell(target.name(), Typesetter.Style.TABLE));
                list.addCell(type.cell(Figures.actual(evaluation), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
                list.addCell(type.cell(evaluation.rate().map(r -> r.format()).orElse("－"), Typesetter.Style.TABLE,
                        Element.ALIGN_RIGHT));
                list.addCell(gradeCell(layout, evaluation));
            }
        }
        layout.add(list);
    }

    static PdfPCell gradeCell(Layout layout, TargetEvaluation evaluation) {
        Grade grade = evaluation.grade().grade();
        PdfPCell cell = layout.type().cell(grade.display(), Typesetter.Style.TABLE_HEADER, Element.ALIGN_CENTER);
        cell.setBackgroundColor(new java.awt.Color(io.github.senryaku.reports.format.GradeColours.tint(
                layout.snapshot().rulebook(), grade)));
        return cell;
    }
}
