package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.evaluation.TargetCourse;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.FinalTexts;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import io.github.senryaku.reports.snapshot.TrendSource;
import java.util.List;
import java.util.function.Function;

/**
 * 目標の推移: one block per target the plan had — its years side by side (the figure, the grade of each year
 * and the target value graded against, which a revision may have changed), its final grade with the reason,
 * whether it was met, where the successor carries it on, and its trend chart. A block is kept on one page.
 */
final class TargetCourseSection {

    /** Height of a block: title, the years' table, the facts and the chart. */
    private static final float BLOCK_HEIGHT = 340;

    private TargetCourseSection() {
    }

    static void write(Layout<FinalReportSnapshot> layout) throws DocumentException {
        layout.chapter("目標の推移と最終評価");
        for (TargetCourse course : layout.snapshot().targets()) {
            block(layout, course);
        }
    }

    private static void block(Layout<FinalReportSnapshot> layout, TargetCourse course) throws DocumentException {
        FinalReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        NumericalTarget target = course.target();
        String unit = target.unit().isNone() ? "" : "（単位：" + target.unit() + "）";
        layout.keepSpace(BLOCK_HEIGHT);
        layout.blockHeading(target.code().text() + "　" + target.name() + unit);
        String retirement = FinalTexts.retirement(course);
        if (!retirement.isEmpty()) {
            layout.add(type.paragraph(retirement, Typesetter.Style.BODY, Element.ALIGN_LEFT, 0, 2));
        }
        layout.add(years(layout, course));
        layout.add(facts(layout, course));
        TrendSource trend = snapshot.trendOf(course);
        layout.chart(target.isMilestone() ? layout.charts().milestone(trend, target)
                : layout.charts().target(trend, target), 430, 135);
    }

    /** The period's years across; rows: the figure, the grade, the target value graded against. */
    private static PdfPTable years(Layout<FinalReportSnapshot> layout, TargetCourse course) {
        FinalReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        List<FiscalYear> years = snapshot.years();
        float[] widths = new float[years.size() + 1];
        java.util.Arrays.fill(widths, 1);
        widths[0] = 1.1f;
        PdfPTable table = Layout.table(widths);
        table.setKeepTogether(true);
        table.addCell(type.headerCell(course.target().periodKind().japanese()));
        years.forEach(year -> table.addCell(type.headerCell(year.eraYear())));
        row(table, type, "実績値", years, year -> FinalTexts.yearFigure(snapshot.evaluation(), course, year), Element.ALIGN_RIGHT);
        row(table, type, "評価", years, year -> FinalTexts.yearGrade(snapshot.evaluation(), course, year), Element.ALIGN_CENTER);
        row(table, type, "目標値", years, year -> FinalTexts.yearTarget(course, year), Element.ALIGN_RIGHT);
        return table;
    }

    private static void row(PdfPTable table, Typesetter type, String label, List<FiscalYear> years,
            Function<FiscalYear, String> cell, int alignment) {
        table.addCell(type.labelCell(label));
        years.forEach(year -> table.addCell(type.cell(cell.apply(year), Typesetter.Style.TABLE, alignment)));
    }

    private static PdfPTable facts(Layout<FinalReportSnapshot> layout, TargetCourse course) {
        FinalReportSnapshot snapshot = layout.snapshot();
        Typesetter type = layout.type();
        NumericalTarget target = course.target();
        PdfPTable facts = Layout.table(1.2f, 2.8f, 1.2f, 2.8f);
        facts.setKeepTogether(true);
        fact(facts, type, "基準値", Figures.baseline(target));
        fact(facts, type, "目標値", Figures.target(target));
        facts.addCell(type.labelCell("最終評価"));
        facts.addCell(SummarySection.gradeCell(type, snapshot.rulebook(), course.finalGrade()));
        fact(facts, type, "達成状況", course.achievement().japanese() + "（" + course.finalYear().eraLabel() + "）");
        facts.addCell(type.labelCell("評価の理由"));
        PdfPCell reason = type.cell(course.finalEvaluation().grade().reason(), Typesetter.Style.TABLE);
        reason.setColspan(3);
        facts.addCell(reason);
        snapshot.continuation(target.code()).ifPresent(next -> {
            facts.addCell(type.labelCell("継続"));
            PdfPCell successor = type.cell(FinalTexts.continuation(snapshot.successor().orElseThrow(), next)
                    + "（" + next.name() + "）", Typesetter.Style.TABLE);
            successor.setColspan(3);
            facts.addCell(successor);
        });
        return facts;
    }

    private static void fact(PdfPTable table, Typesetter type, String label, String value) {
        table.addCell(type.labelCell(label));
        table.addCell(type.cell(value, Typesetter.Style.TABLE));
    }
}
