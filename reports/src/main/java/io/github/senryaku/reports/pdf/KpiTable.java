package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.format.Footnotes;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.format.TallyTexts;
import io.github.senryaku.reports.format.TargetNotes;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.List;

/**
 * A main policy's KPIs (重要業績評価指標) under the policy: one row per KPI with its baseline, target, the
 * year's figure and the value graded, 達成率, 期待値 and grade, the reason beneath; a KPI of another policy
 * printed here again is marked 再掲. Then the policy's own tally (reprints included, as the policy reads
 * them) and the notes as footnotes. Plans have more KPIs than 数値目標, so they get a table, not a chart each.
 */
final class KpiTable {

    static final String REPRINT = "（再掲）";

    private KpiTable() {
    }

    static void write(Layout<ReportSnapshot> layout, Policy policy) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        List<NumericalTarget> kpis = snapshot.plan().kpisPrintedUnder(policy);
        if (kpis.isEmpty()) {
            return;
        }
        Typesetter type = layout.type();
        layout.add(type.paragraph("重要業績評価指標（KPI）", Typesetter.Style.TABLE_HEADER, Element.ALIGN_LEFT, 2, 0));
        PdfPTable table = Layout.table(1.5f, 2.7f, 1.8f, 2.1f, 2.5f, 1.3f, 1.1f, 1.5f);
        table.setHeaderRows(1);
        List.of("コード", "指標名", "基準値", "目標値", snapshot.year().eraLabel() + "の実績値", "達成率", "期待値", "評価")
                .forEach(header -> table.addCell(type.headerCell(header)));
        Footnotes notes = new Footnotes();
        for (NumericalTarget kpi : kpis) {
            row(layout, table, notes, kpi, !policy.targets().contains(kpi));
        }
        layout.add(table);
        layout.add(type.paragraph(TallyTexts.kpis(snapshot, policy), Typesetter.Style.BODY, Element.ALIGN_LEFT, 0, 2));
        TargetBlock.footnotes(layout, notes);
    }

    private static void row(Layout<ReportSnapshot> layout, PdfPTable table, Footnotes notes, NumericalTarget kpi, boolean reprint) {
        Typesetter type = layout.type();
        TargetEvaluation evaluation = layout.snapshot().evaluation(kpi);
        String code = kpi.code().text() + (reprint ? REPRINT : "");
        Footnotes.Marks marks = notes.add(code + " ", TargetNotes.of(kpi));
        String unit = kpi.unit().isNone() ? "" : "（" + kpi.unit() + "）";
        String statement = kpi.statement().isEmpty() ? "" : "\n目標：" + kpi.statement();
        String interim = kpi.interim().isEmpty() ? "" : "\n中間目標 " + ShapeTexts.interim(kpi);
        table.addCell(type.cell(code, Typesetter.Style.TABLE));
        table.addCell(type.cell(kpi.name() + unit + statement, Typesetter.Style.TABLE));
        table.addCell(type.cell(Figures.baseline(kpi) + marks.baseline(), Typesetter.Style.TABLE));
        table.addCell(type.cell(Figures.target(kpi) + marks.target() + interim, Typesetter.Style.TABLE));
        table.addCell(type.cell(ShapeTexts.actualAndMeasured(evaluation), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
        table.addCell(type.cell(ShapeTexts.rate(evaluation), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
        table.addCell(type.cell(ShapeTexts.expected(evaluation), Typesetter.Style.TABLE, Element.ALIGN_RIGHT));
        table.addCell(SummarySection.gradeCell(layout, evaluation));
        PdfPCell reason = type.cell("評価の理由：" + evaluation.grade().reason()
                + evaluation.projection().map(p -> "　達成見込み：" + Figures.projected(kpi, p.value()) + "（"
                        + kpi.periodKind().eraLabel(p.year()) + "）" + p.verdict()).orElse(""), Typesetter.Style.SMALL);
        reason.setColspan(8);
        reason.setBackgroundColor(Palette.LABEL_FILL);
        table.addCell(reason);
    }
}
