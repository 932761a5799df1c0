package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.format.GradeColours;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;

/**
 * 数値目標: one row per target, a column per year, figures as numbers in the target's own number format,
 * 達成率 and 期待値 as percentages, and the grade coloured by conditional formatting (so a reader who
 * changes a grade sees its colour follow).
 */
final class TargetsSheet {

    static final String NAME = "数値目標";
    static final int HEADER_ROW = 2;

    private TargetsSheet() {
    }

    static void write(ReportSnapshot snapshot, Sheet sheet, WorkbookStyles styles) {
        List<FiscalYear> years = snapshot.columnYears();
        List<String> headers = new ArrayList<>(List.of("基本目標", "コード", "指標名", "単位", "基準値", "基準年度"));
        years.forEach(year -> headers.add(year.eraYear() + "\n（" + year.gregorianYear() + "）"));
        headers.addAll(List.of("目標値", "目標年度", "達成率", "期待値", "評価", "評価の名称", "達成見込み", "評価の理由"));
        int[] caps = new int[headers.size()];
        java.util.Arrays.fill(caps, 9);
        caps[2] = 22;
        caps[headers.size() - 1] = 26;
        caps[headers.size() - 2] = 16;
        SheetWriter out = new SheetWriter(sheet, styles, caps);
        AnnualReportWorkbook.titleRows(out, snapshot, NAME);
        out.row();
        sheet.getRow(HEADER_ROW).setHeightInPoints(28); // two lines: 令和6 / （2024）
        for (int i = 0; i < headers.size(); i++) {
            out.header(i, headers.get(i));
        }
        int gradeColumn = headers.indexOf("評価");
        for (BasicGoal goal : snapshot.plan().goals()) {
            for (NumericalTarget target : goal.targets()) {
                row(out, snapshot, goal, target, years);
            }
        }
        int lastRow = out.nextRow() - 1;
        out.table(HEADER_ROW, lastRow, headers.size() - 1);
        if (lastRow > HEADER_ROW) {
            gradeColours(sheet, snapshot, new CellRangeAddress(HEADER_ROW + 1, lastRow, gradeColumn, gradeColumn));
        }
        out.finish();
    }

    private static void row(SheetWriter out, ReportSnapshot snapshot, BasicGoal goal, NumericalTarget target,
            List<FiscalYear> years) {
        WorkbookStyles styles = out.styles;
        TargetEvaluation evaluation = snapshot.evaluation(target);
        int scale = Figures.scale(target);
        CellStyle figure = styles.number(WorkbookStyles.formatFor(scale));
        // 約2,000: still a number Excel can sum, shown with the 約 the plan and the department wrote.
        CellStyle about = styles.number("\"約\"" + WorkbookStyles.formatFor(scale));
        out.row();
        int column = 0;
        out.text(column++, goal.heading(), styles.text);
        out.text(column++, target.code().text(), styles.text);
        out.text(column++, target.name(), styles.wrapped);
        out.text(column++, target.unit().symbol(), styles.centered);
        Baseline baseline = target.baseline();
        if (baseline instanceof Baseline.Figure b) {
            out.number(column++, b.quantity().value(), b.quantity().approximate() ? about : figure);
        } else {
            out.text(column++, baseline instanceof Baseline.State s ? s.state() : "未公表", styles.centered);
        }
        out.text(column++, target.periodKind().eraLabel(baseline.year()), styles.text);
        for (FiscalYear year : years) {
            boolean expected = !year.isBefore(baseline.year()) && !year.isAfter(target.target().year());
            Optional<Reported> reported = snapshot.actual(target, year);
            if (reported.isPresent() && reported.get() instanceof Reported.Figure f) {
                out.number(column++, f.quantity().value(), reported(styles, target, f.quantity()));
            } else if (reported.isEmpty() && year.equals(baseline.year())) {
                if (baseline instanceof Baseline.Figure b) {
                    out.number(column++, b.quantity().value(), b.quantity().approximate() ? about : figure);
                } else {
                    out.text(column++, baseline instanceof Baseline.State st ? st.state() : "未公表", styles.centered);
                }
            } else if (reported.isPresent() || expected && !year.equals(baseline.year())) {
                out.text(column++, Figures.reported(target, reported), styles.centered);
            } else {
                out.text(column++, "", styles.text);
            }
        }
        TargetValue goalValue = target.target();
        if (goalValue instanceof TargetValue.Figure t) {
            out.number(column++, t.quantity().value(), figure);
        } else {
            out.text(column++, ((TargetValue.State) goalValue).state(), styles.centered);
        }
        out.text(column++, target.periodKind().eraLabel(goalValue.year()), styles.text);
        out.number(column++, evaluation.rate().map(r -> r.percent().movePointLeft(2)).orElse(null), styles.percent);
        out.number(column++, evaluation.expected().map(e -> e.percent().movePointLeft(2)).orElse(null), styles.percent);
        Grade grade = evaluation.grade().grade();
        out.text(column++, grade.code(), styles.centered);
        out.text(column++, grade.label(), styles.centered);
        out.text(column++, evaluation.projection().map(p -> Figures.projected(target, p.value()) + " " + p.verdict())
                .orElse(""), styles.text);
        out.text(column, evaluation.grade().reason(), styles.wrapped);
    }

    /**
     * A reported figure's style: the target's number format, or one with the figure's own decimals when it has
     * more, so a figure is never shown rounded ({@link Figures#printed}).
     */
    static CellStyle reported(WorkbookStyles styles, NumericalTarget target, Quantity quantity) {
        String format = WorkbookStyles.formatFor(Figures.printed(target, quantity).value().scale());
        return styles.number(quantity.approximate() ? "\"約\"" + format : format);
    }

    /** One rule per grade: the cell equal to the grade's code gets the grade's tint. */
    static void gradeColours(Sheet sheet, ReportSnapshot snapshot, CellRangeAddress range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        for (Grade grade : snapshot.rulebook().grades()) {
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + grade.code().replace("\"", "\"\"") + "\"");
            PatternFormatting fill = rule.createPatternFormatting();
            int rgb = GradeColours.tint(snapshot.rulebook(), grade);
            ((XSSFPatternFormatting) fill).setFillBackgroundColor(new XSSFColor(new byte[] {
                (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
        }
    }

}
