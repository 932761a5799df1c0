package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.reports.format.MeasureTexts;
import io.github.senryaku.reports.format.MoneyTexts;
import io.github.senryaku.reports.snapshot.MeasureReport;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * One basic goal (基本目標): the council's opinions on it, each numerical target's block ({@link TargetBlock}), then
 * each main policy (主要施策) with its KPIs ({@link KpiTable}), its measures (取組) as the departments reported them
 * and the council's opinions on it and its KPIs ({@link CouncilBlock}).
 */
final class GoalSection {

    private GoalSection() {
    }

    static void write(Layout<ReportSnapshot> layout, BasicGoal goal) throws DocumentException {
        layout.chapter(goal.heading() + "　" + goal.title());
        CouncilBlock.write(layout, new ReviewSubject.Goal(goal.code()));
        layout.subheading("数値目標");
        for (NumericalTarget target : goal.targets()) {
            TargetBlock.write(layout, target);
        }
        layout.subheading("主要施策と取組の実施状況");
        for (Policy policy : goal.policies()) {
            policy(layout, policy);
            CouncilBlock.write(layout, policy);
        }
    }

    private static void policy(Layout<ReportSnapshot> layout, Policy policy) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        layout.blockHeading(policy.code().text() + "　" + policy.title());
        if (snapshot.hasBudget()) {
            layout.add(type.paragraph(MoneyTexts.budgetLine(snapshot.budget(policy)), Typesetter.Style.BODY, Element.ALIGN_LEFT, 0, 2));
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
            table.addCell(type.cell(MeasureTexts.title(measure), Typesetter.Style.TABLE));
            table.addCell(type.cell(MeasureTexts.department(measure, report), Typesetter.Style.TABLE));
            table.addCell(type.cell(MeasureTexts.status(report), Typesetter.Style.TABLE, Element.ALIGN_CENTER));
            table.addCell(type.cell(MeasureTexts.direction(report), Typesetter.Style.TABLE, Element.ALIGN_CENTER));
            String comments = String.join("\n", MeasureTexts.comments(report));
            if (snapshot.hasBudget()) {
                comments += (comments.isEmpty() ? "" : "\n") + MoneyTexts.budgetLine(snapshot.budget(measure));
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
}
