package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.format.Footnotes;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.format.TargetNotes;
import io.github.senryaku.reports.format.YearFigures;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One target's block (a 数値目標 or a 全体目標): its figures year by year — and, for a sum or a mean, the
 * value graded each year beside them —, its evaluation with what was graded, the plan's notes as footnotes
 * under the table, and a chart. A block is kept on one page; the council's opinions on the target follow it.
 */
final class TargetBlock {

    /** Years per row of a target's figures: eight fit an A4 column at table size. */
    private static final int YEARS_PER_ROW = 8;
    /** Height of a target's block: title, figures, evaluation and chart. */
    private static final float BLOCK_HEIGHT = 360;

    private TargetBlock() {
    }

    static void write(Layout<ReportSnapshot> layout, NumericalTarget target) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        TargetEvaluation evaluation = snapshot.evaluation(target);
        String unit = target.unit().isNone() ? "" : "（単位：" + target.unit() + "）";
        layout.keepSpace(BLOCK_HEIGHT);
        layout.blockHeading(target.code().text() + "　" + target.name() + unit);
        if (!target.statement().isEmpty()) {
            layout.add(type.paragraph("目標：" + target.statement(), Typesetter.Style.BODY, Element.ALIGN_LEFT, 0, 2));
        }
        figures(layout, target);
        Footnotes notes = new Footnotes();
        layout.add(facts(layout, target, evaluation, notes));
        footnotes(layout, notes);
        layout.chart(target.isMilestone() ? layout.charts().milestone(snapshot, target)
                : layout.charts().target(snapshot, target), 430, 165);
        CouncilBlock.write(layout, new ReviewSubject.Target(target.code()));
    }

    private static void figures(Layout<ReportSnapshot> layout, NumericalTarget target) throws DocumentException {
        ReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        boolean aggregated = target.aggregation() != Aggregation.LEVEL;
        List<FiscalYear> years = snapshot.yearsOf(target);
        for (int from = 0; from < years.size(); from += YEARS_PER_ROW) {
            List<FiscalYear> row = years.subList(from, Math.min(years.size(), from + YEARS_PER_ROW));
            float[] widths = new float[YEARS_PER_ROW + 1];
            Arrays.fill(widths, 1);
            widths[0] = 1.2f;
            PdfPTable figures = Layout.table(widths);
            figures.setKeepTogether(true);
            figures.addCell(type.headerCell(target.periodKind().japanese()));
            for (int i = 0; i < YEARS_PER_ROW; i++) {
                figures.addCell(i < row.size() ? type.headerCell(row.get(i).eraYear()) : blank(type));
            }
            // A sum's or a mean's yearly figures are what departments report; the value graded is the next row.
            figures.addCell(type.labelCell(aggregated ? "実績値（単年度）" : "実績値"));
            for (int i = 0; i < YEARS_PER_ROW; i++) {
                figures.addCell(i < row.size() ? type.cell(YearFigures.figure(snapshot, target, row.get(i)),
                        Typesetter.Style.TABLE, Element.ALIGN_RIGHT) : blank(type));
            }
            if (aggregated) {
                figures.addCell(type.labelCell(target.aggregation().japanese()));
                for (int i = 0; i < YEARS_PER_ROW; i++) {
                    figures.addCell(i < row.size() ? type.cell(YearFigures.aggregate(snapshot, target, row.get(i)),
                            Typesetter.Style.TABLE, Element.ALIGN_RIGHT) : blank(type));
                }
            }
            layout.add(figures);
        }
    }

    private static PdfPTable facts(Layout<ReportSnapshot> layout, NumericalTarget target, TargetEvaluation evaluation, Footnotes notes) {
        Typesetter type = layout.type();
        Footnotes.Marks marks = notes.add("", TargetNotes.of(target));
        PdfPTable facts = Layout.table(1.2f, 2.8f, 1.2f, 2.8f);
        facts.setKeepTogether(true);
        // A sum's baseline is an earlier period's total: shown for reference, never subtracted.
        fact(facts, type, target.aggregation() == Aggregation.CUMULATIVE ? "基準値（参考）" : "基準値",
                Figures.baseline(target) + marks.baseline());
        fact(facts, type, "目標値", Figures.target(target) + marks.target());
        List<String[]> shaped = new ArrayList<>();
        if (!target.interim().isEmpty()) {
            shaped.add(new String[] {"中間目標", ShapeTexts.interim(target)});
        }
        ShapeTexts.measured(evaluation).ifPresent(measured -> shaped.add(new String[] {"評価した値", measured}));
        for (int i = 0; i < shaped.size(); i++) {
            facts.addCell(type.labelCell(shaped.get(i)[0]));
            PdfPCell value = type.cell(shaped.get(i)[1], Typesetter.Style.TABLE);
            value.setColspan(i == shaped.size() - 1 && i % 2 == 0 ? 3 : 1);
            facts.addCell(value);
        }
        fact(facts, type, "達成率", ShapeTexts.rate(evaluation));
        fact(facts, type, "期待値", ShapeTexts.expected(evaluation));
        facts.addCell(type.labelCell("評価"));
        facts.addCell(SummarySection.gradeCell(layout, evaluation));
        fact(facts, type, "達成見込み", YearFigures.projection(layout.snapshot(), target));
        facts.addCell(type.labelCell("評価の理由"));
        PdfPCell reason = type.cell(evaluation.grade().reason(), Typesetter.Style.TABLE);
        reason.setColspan(3);
        facts.addCell(reason);
        return facts;
    }

    /** The notes of a table, numbered, in small type right under it. */
    static void footnotes(Layout<ReportSnapshot> layout, Footnotes notes) throws DocumentException {
        layout.list(notes.lines(), Typesetter.Style.SMALL, 1);
    }

    private static void fact(PdfPTable table, Typesetter type, String label, String value) {
        table.addCell(type.labelCell(label));
        table.addCell(type.cell(value, Typesetter.Style.TABLE));
    }

    private static PdfPCell blank(Typesetter type) {
        PdfPCell cell = type.cell("", Typesetter.Style.TABLE);
        cell.setBorderWidth(0);
        return cell;
    }
}
