package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.evaluation.EvaluatedYear;
import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.evaluation.TargetCourse;
import io.github.senryaku.model.plan.IndicatorKind;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.FinalTexts;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 概要 of the final report: the grades of each year side by side (a row per year, a column per grade; a year
 * with no report reads 未提出), one table per kind of target as kinds are never counted together, then every
 * target's final grade, 達成状況 and successor in one list.
 */
final class FinalSummarySection {

    private FinalSummarySection() {
    }

    static void write(Layout<FinalReportSnapshot> layout) throws DocumentException {
        FinalReportSnapshot snapshot = layout.snapshot();
        layout.chapter("概要");
        layout.body("計画期間（" + FinalTexts.periodLabel(snapshot.plan().period()) + "）の各年度の評価と、数値目標の最終評価を"
                + "まとめました。各年度は、その年度に適用されていた計画（改訂があればその年度までの改訂を反映したもの）に対し、"
                + "その年度までの実績で評価しています。評価基準は「" + snapshot.rulebook().name() + "」です。");
        if (!snapshot.missingYears().isEmpty()) {
            layout.body(snapshot.missingYears().stream().map(FiscalYear::eraLabel).collect(Collectors.joining("、"))
                    + "は報告がなく、" + FinalTexts.MISSING + "です。");
        }
        List<TargetCourse> targets = snapshot.targets();
        if (has(targets, IndicatorKind.OVERALL)) {
            tallies(layout, "全体目標の評価（年度別）", EvaluatedYear::overallTally);
        }
        tallies(layout, "数値目標の評価（年度別）", EvaluatedYear::targetTally);
        if (has(targets, IndicatorKind.KPI)) {
            tallies(layout, "重要業績評価指標（KPI）の評価（年度別）", EvaluatedYear::kpiTally);
        }
        finalGrades(layout, targets);
    }

    private static boolean has(List<TargetCourse> targets, IndicatorKind kind) {
        return targets.stream().anyMatch(course -> course.target().kind() == kind);
    }

    /** Years down, grades across: each year counts the targets of the version in force that year. */
    private static void tallies(Layout<FinalReportSnapshot> layout, String heading, Function<EvaluatedYear, GradeTally> kind)
            throws DocumentException {
        FinalReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        List<Grade> grades = snapshot.rulebook().grades();
        float[] widths = new float[grades.size() + 2];
        java.util.Arrays.fill(widths, 1.3f);
        widths[0] = 3;
        PdfPTable table = Layout.table(widths);
        table.setHeaderRows(1);
        table.addCell(type.headerCell("年度"));
        grades.forEach(grade -> table.addCell(type.headerCell(grade.display())));
        table.addCell(type.headerCell("計"));
        for (EvaluatedYear year : snapshot.evaluatedYears()) {
            table.addCell(type.labelCell(year.year().eraLabel()));
            if (!year.submitted()) {
                com.lowagie.text.pdf.PdfPCell missing = type.cell(FinalTexts.MISSING, Typesetter.Style.TABLE,
                        Element.ALIGN_CENTER);
                missing.setColspan(grades.size() + 1);
                table.addCell(missing);
                continue;
            }
            GradeTally tally = kind.apply(year);
            grades.forEach(grade -> table.addCell(type.cell(String.valueOf(tally.count(grade)), Typesetter.Style.TABLE,
                    Element.ALIGN_RIGHT)));
            table.addCell(type.cell(String.valueOf(tally.total()), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
        }
        layout.subheading(heading);
        layout.add(table);
    }

    private static void finalGrades(Layout<FinalReportSnapshot> layout, List<TargetCourse> targets)
            throws DocumentException {
        FinalReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        layout.subheading("最終評価の一覧");
        PdfPTable list = Layout.table(1.1f, 4.2f, 1.6f, 1.7f, 1.4f, 3.2f);
        list.setHeaderRows(1);
        List.of("コード", "指標名", "最終評価", "評価年度", "達成状況", "後継計画").forEach(header -> list.addCell(type.headerCell(header)));
        for (TargetCourse course : targets) {
            list.addCell(type.cell(course.target().code().text(), Typesetter.Style.TABLE));
            String retired = course.retiredBy().isPresent() ? "（" + FinalTexts.RETIRED + "）" : "";
            list.addCell(type.cell(course.target().name() + retired, Typesetter.Style.TABLE));
            list.addCell(SummarySection.gradeCell(type, snapshot.rulebook(), course.finalGrade()));
            list.addCell(type.cell(course.finalYear().eraLabel(), Typesetter.Style.TABLE, Element.ALIGN_CENTER));
            list.addCell(type.cell(course.achievement().japanese(), Typesetter.Style.TABLE, Element.ALIGN_CENTER));
            list.addCell(type.cell(snapshot.continuation(course.target().code())
                    .map(target -> snapshot.successor().orElseThrow().code() + " " + target.code().text())
                    .orElse(ShapeTexts.NONE), Typesetter.Style.TABLE));
        }
        layout.add(list);
    }
}
