package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.snapshot.MeasureReport;
import io.github.senryaku.reports.snapshot.Money;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One basic goal (基本目標): each numerical target with its figures year by year, its evaluation and a
 * chart, then each main policy (主要施策) with its measures (取組) as the departments reported them.
 */
final class GoalSection {

    /** Years per row of a target's figures: eight fit an A4 column at table size. */
    private static final int YEARS_PER_ROW = 8;
    /** Height of a target's block: title, figures, evaluation and chart. */
    private static final float BLOCK_HEIGHT = 360;

    private GoalSection() {
    }

    static void write(Layout layout, BasicGoal goal) throws DocumentException {
        layout.chapter(goal.heading() + "　" + goal.title());
        layout.subheading("数値目標");
        for (NumericalTarget target : goal.targets()) {
            target(layout, target);
        }
        layout.subheading("主要施策と取組の実施状況");
        for (Policy policy : goal.policies()) {
            policy(layout, policy);
        }
    }

    private static void target(Layout layout, NumericalTarget target) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        TargetEvaluation evaluation = snapshot.evaluation(target);
        String unit = target.unit().isNone() ? "" : "（単位：" + target.unit() + "）";
        layout.keepSpace(BLOCK_HEIGHT);
        layout.add(type.paragraph(target.code().text() + "　" + target.name() + unit, Typesetter.Style.SUBHEADING,
                Element.ALIGN_LEFT, 8, 2));
        if (!target.statement().isEmpty()) {
            layout.add(type.paragraph("目標：" + target.statement(), Typesetter.Style.BODY, Element.ALIGN_LEFT, 0, 2));
        }

        List<FiscalYear> years = snapshot.yearsOf(target);
        for (int from = 0; from < years.size(); from += YEARS_PER_ROW) {
            List<FiscalYear> row = years.subList(from, Math.min(years.size(), from + YEARS_PER_ROW));
            float[] widths = new float[YEARS_PER_ROW + 1];
            java.util.Arrays.fill(widths, 1);
            widths[0] = 1.2f;
            PdfPTable figures = Layout.table(widths);
            figures.setKeepTogether(true);
            figures.addCell(type.headerCell(target.periodKind().japanese()));
            for (int i = 0; i < YEARS_PER_ROW; i++) {
                figures.addCell(i < row.size() ? type.headerCell(row.get(i).eraYear()) : blank(type));
            }
            figures.addCell(label(type, "実績値"));
            for (int i = 0; i < YEARS_PER_ROW; i++) {
                figures.addCell(i < row.size() ? type.cell(yearFigure(snapshot, target, evaluation, row.get(i)),
                        Typesetter.Style.TABLE, Element.ALIGN_RIGHT) : blank(type));
            }
            layout.add(figures);
        }

        PdfPTable facts = Layout.table(1.2f, 2.8f, 1.2f, 2.8f);
        facts.setKeepTogether(true);
        fact(facts, type, "基準値", Figures.baseline(target));
        fact(facts, type, "目標値", Figures.target(target));
        fact(facts, type, "達成率", evaluation.rate().map(r -> r.format()).orElse("－"));
        fact(facts, type, "期待値", evaluation.expected().map(e -> e.format()).orElse("－"));
        facts.addCell(label(type, "評価"));
        facts.addCell(SummarySection.gradeCell(layout, evaluation));
        fact(facts, type, "達成見込み", evaluation.projection()
                .map(p -> Figures.projected(target, p.value()) + "（" + target.periodKind().eraLabel(p.year()) + "）"
                        + p.verdict())
                .orElse("－"));
        facts.addCell(label(type, "評価の理由"));
        PdfPCell reason = type.cell(evaluation.grade().reason(), Typesetter.Style.TABLE);
        reason.setColspan(3);
        facts.addCell(reason);
        layout.add(facts);

        layout.add(layout.images().of(target.isMilestone() ? layout.charts().milestone(snapshot, target)
                : layout.charts().target(snapshot, target), 430, 165));
    }

    /** The figure of a year; the baseline year of a pending baseline shows the figure that confirmed it, if any. */
    private static String yearFigure(ReportSnapshot snapshot, NumericalTarget target, TargetEvaluation evaluation,
            FiscalYear year) {
        if (year.equals(target.baseline().year()) && snapshot.actual(target, year).isEmpty()) {
            return Figures.baseline(target).replaceAll("（[^（]*）$", "") + "（基準）";
        }
        return Figures.reported(target, snapshot.actual(target, year));
    }

    private static void policy(Layout layout, Policy policy) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        layout.add(type.paragraph(policy.code().text() + "　" + policy.title(), Typesetter.Style.SUBHEADING,
                Element.ALIGN_LEFT, 8, 2));
        if (snapshot.hasBudget()) {
            layout.add(type.paragraph(budgetLine(snapshot.budget(policy)), Typesetter.Style.BODY, Element.ALIGN_LEFT, 0, 2));
        }
        if (policy.measures().isEmpty()) {
            layout.add(type.paragraph("（この施策に個別の取組は掲げられていません）", Typesetter.Style.SMALL, Element.ALIGN_LEFT, 0, 4));
            return;
        }
        PdfPTable table = Layout.table(5.4f, 1.8f, 1.3f, 1.5f);
        table.setHeaderRows(1);
        List.of("取組", "担当課", "実施状況", "今後の方向性").forEach(header -> table.addCell(type.headerCell(header)));
        for (Measure measure : policy.measures()) {
            Optional<MeasureReport> report = snapshot.measureReport(measure);
            table.addCell(type.cell(measure.code().text() + (measure.isNew() ? "［新規］" : "") + "　" + measure.title(),
                    Typesetter.Style.TABLE));
            table.addCell(type.cell(report.map(MeasureReport::department).filter(d -> !d.isEmpty())
                    .or(measure::department).orElse("－"), Typesetter.Style.TABLE));
            table.addCell(type.cell(report.map(MeasureReport::status).orElse("未提出"), Typesetter.Style.TABLE,
                    Element.ALIGN_CENTER));
            table.addCell(type.cell(report.map(MeasureReport::direction).filter(d -> !d.isEmpty()).orElse("－"),
                    Typesetter.Style.TABLE, Element.ALIGN_CENTER));
            String comments = report.map(GoalSection::comments).orElse("");
            if (snapshot.hasBudget()) {
                comments += (comments.isEmpty() ? "" : "\n") + budgetLine(snapshot.budget(measure));
            }
            if (!comments.isEmpty()) {
                PdfPCell cell = type.cell(comments, Typesetter.Style.TABLE);
                cell.setColspan(4);
                cell.setBackgroundColor(Palette.LABEL_FILL);
                table.addCell(cell);
            }
        }
        layout.add(table);
    }

    private static String comments(MeasureReport report) {
        StringBuilder text = new StringBuilder();
        append(text, "取組内容", report.content());
        append(text, "成果", report.result());
        append(text, "課題", report.issue());
        return text.toString();
    }

    private static void append(StringBuilder text, String label, String value) {
        if (!value.isBlank()) {
            text.append(text.length() == 0 ? "" : "\n").append(label).append("：").append(value.strip());
        }
    }

    static String budgetLine(Money money) {
        if (money.equals(Money.NONE)) {
            return "予算・決算：該当する事業なし";
        }
        return "予算額 " + thousands(money.budget()) + "　決算額 " + thousands(money.spent()) + "　執行率 "
                + money.executionRate().map(rate -> rate.toPlainString() + "%").orElse("－");
    }

    static String thousands(BigDecimal yen) {
        return String.format(Locale.ROOT, "%,d千円", Money.thousands(yen).longValueExact());
    }

    private static PdfPCell label(Typesetter type, String text) {
        PdfPCell cell = type.cell(text, Typesetter.Style.TABLE_HEADER);
        cell.setBackgroundColor(Palette.LABEL_FILL);
        return cell;
    }

    private static void fact(PdfPTable table, Typesetter type, String label, String value) {
        table.addCell(label(type, label));
        table.addCell(type.cell(value, Typesetter.Style.TABLE));
    }

    private static PdfPCell blank(Typesetter type) {
        PdfPCell cell = type.cell("", Typesetter.Style.TABLE);
        cell.setBorderWidth(0);
        return cell;
    }
}
