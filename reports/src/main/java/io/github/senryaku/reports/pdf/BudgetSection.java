package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.reports.format.MoneyTexts;
import io.github.senryaku.reports.snapshot.BudgetLine;
import io.github.senryaku.reports.snapshot.Money;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.List;

/**
 * 予算・決算の状況 (only when the finance office's data exists): budget, spending and execution rate per
 * basic goal, the lines outside the strategy (戦略外), and the measures no line funds.
 */
final class BudgetSection {

    private BudgetSection() {
    }

    static void write(Layout<ReportSnapshot> layout) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        if (!snapshot.hasBudget()) {
            return;
        }
        Typesetter type = layout.type();
        layout.chapter("予算・決算の状況");
        layout.body(snapshot.year().label() + "の事業別予算・決算（財政課）を、計画の取組に突き合わせて集計しました。金額は千円単位です。");
        PdfPTable goals = Layout.table(6, 1.8f, 1.8f, 1.2f);
        goals.setHeaderRows(1);
        List.of("基本目標", "予算額", "決算額", "執行率").forEach(header -> goals.addCell(type.headerCell(header)));
        Money total = Money.NONE;
        for (BasicGoal goal : snapshot.plan().goals()) {
            Money money = snapshot.budget(goal);
            total = total.plus(money);
            row(goals, type, goal.heading() + "　" + goal.title(), money);
        }
        Money outside = snapshot.outsideStrategy().stream().reduce(Money.NONE, Money::plus, Money::plus);
        row(goals, type, "戦略外（計画の取組に当たらない事業）", outside);
        row(goals, type, "合計", total.plus(outside));
        layout.add(goals);

        layout.subheading("戦略外の事業（" + snapshot.outsideStrategy().size() + "件）");
        if (snapshot.outsideStrategy().isEmpty()) {
            layout.body("ありません。");
        } else {
            PdfPTable lines = Layout.table(1.6f, 5, 1.8f, 1.8f);
            lines.setHeaderRows(1);
            List.of("事業コード", "事業名", "予算額", "決算額").forEach(header -> lines.addCell(type.headerCell(header)));
            for (BudgetLine line : snapshot.outsideStrategy()) {
                lines.addCell(type.cell(line.projectCode(), Typesetter.Style.TABLE));
                lines.addCell(type.cell(line.projectName(), Typesetter.Style.TABLE));
                lines.addCell(type.cell(MoneyTexts.thousands(line.budget()), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
                lines.addCell(type.cell(MoneyTexts.thousands(line.spent()), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
            }
            layout.add(lines);
        }

        List<Measure> unfunded = snapshot.unfundedMeasures();
        layout.subheading("予算の計上がない取組（" + unfunded.size() + "件）");
        if (unfunded.isEmpty()) {
            layout.body("ありません。");
        } else {
            PdfPTable measures = Layout.table(1.4f, 8);
            measures.setHeaderRows(1);
            List.of("取組コード", "取組").forEach(header -> measures.addCell(type.headerCell(header)));
            for (Measure measure : unfunded) {
                measures.addCell(type.cell(measure.code().text(), Typesetter.Style.TABLE));
                measures.addCell(type.cell(measure.title(), Typesetter.Style.TABLE));
            }
            layout.add(measures);
        }
    }

    private static void row(PdfPTable table, Typesetter type, String label, Money money) {
        table.addCell(type.cell(label, Typesetter.Style.TABLE));
        table.addCell(type.cell(MoneyTexts.thousands(money.budget()), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
        table.addCell(type.cell(MoneyTexts.thousands(money.spent()), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
        table.addCell(type.cell(MoneyTexts.rate(money), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
    }
}
