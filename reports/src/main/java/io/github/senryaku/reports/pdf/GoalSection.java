package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.reports.snapshot.MeasureReport;
import io.github.senryaku.reports.snapshot.Money;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One basic goal (基本目標): each numerical target's block ({@link TargetBlock}), then each main policy
 * (主要施策) with its KPIs ({@link KpiTable}) and its measures (取組) as the departments reported them.
 */
final class GoalSection {

    private GoalSection() {
    }

    static void write(Layout<ReportSnapshot> layout, BasicGoal goal) throws DocumentException {
        layout.chapter(goal.heading() + "　" + goal.title());
        layout.subheading("数値目標");
        for (NumericalTarget target : goal.targets()) {
            TargetBlock.write(layout, target);
        }
        layout.subheading("主要施策と取組の実施状況");
        for (Policy policy : goal.policies()) {
            policy(layout, policy);
        }
    }

    private static void policy(Layout<ReportSnapshot> layout, Policy policy) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        layout.blockHeading(policy.code().text() + "　" + policy.title());
        if (snapshot.hasBudget()) {
            layout.add(type.paragraph(budgetLine(snapshot.budget(policy)), Typesetter.Style.BODY, Element.ALIGN_LEFT, 0, 2));
        }
        KpiTable.write(layout, policy);
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
}
