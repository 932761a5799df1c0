package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.Measured;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.format.Footnotes;
import io.github.senryaku.reports.format.GradeColours;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.format.TargetNotes;
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
 * 数値目標 (the plan-wide targets first) and 重要業績評価指標 (the KPIs, under their policies): one row per
 * target, a column per year, figures as numbers in the target's own number format,
 * 達成率 and 期待値 as percentages, and the grade coloured by conditional formatting (so a reader who
 * changes a grade sees its colour follow).
 */
final class TargetsSheet {

    static final String NAME = "数値目標";
    /** The policies' KPIs: a sheet of their own, so that no one reads them as 数値目標. */
    static final String KPI_NAME = "重要業績評価指標";
    static final int HEADER_ROW = 2;
    static final String REPRINT = "（再掲）";

    /** A row: the cells that place it (基本目標; for a KPI also its policy), its target, its code as printed. */
    record Line(List<String> place, NumericalTarget target, String code) {
    }

    /**
     * Columns only some plans need, so a plan of yearly levels keeps the sheet it always had: the value graded
     * and its label (集計, 集計値) when a target sums, averages or is surveyed; 中間目標 when one has interim
     * targets; 注 when a row has notes, which are listed as footnotes under the table.
     */
    record Columns(boolean measured, boolean interim, boolean notes) {
        static Columns of(ReportSnapshot snapshot, List<Line> lines) {
            return new Columns(
                    snapshot.plan().targets().anyMatch(t -> t.aggregation() != Aggregation.LEVEL || !t.surveys().everyYear()),
                    snapshot.plan().targets().anyMatch(t -> !t.interim().isEmpty()),
                    lines.stream().anyMatch(line -> !TargetNotes.of(line.target()).isEmpty()));
        }
    }

    private TargetsSheet() {
    }

    /** 数値目標: the plan-wide targets (全体目標) first, then each basic goal's numerical targets. */
    static void write(ReportSnapshot snapshot, Sheet sheet, WorkbookStyles styles) {
        List<Line> lines = new ArrayList<>();
        snapshot.plan().overallTargets().forEach(target ->
                lines.add(new Line(List.of("全体目標"), target, target.code().text())));
        for (BasicGoal goal : snapshot.plan().goals()) {
            for (NumericalTarget target : goal.targets()) {
                lines.add(new Line(List.of(goal.heading()), target, target.code().text()));
            }
        }
        write(snapshot, sheet, styles, NAME, List.of("基本目標"), lines);
    }

    /** 重要業績評価指標: each policy's KPIs under it; a KPI of another policy printed again is marked 再掲. */
    static void writeKpis(ReportSnapshot snapshot, Sheet sheet, WorkbookStyles styles) {
        List<Line> lines = new ArrayList<>();
        for (BasicGoal goal : snapshot.plan().goals()) {
            for (Policy policy : goal.policies()) {
                for (NumericalTarget kpi : snapshot.plan().kpisPrintedUnder(policy)) {
                    String code = kpi.code().text() + (policy.targets().contains(kpi) ? "" : REPRINT);
                    lines.add(new Line(List.of(goal.heading(), policy.code().text(), policy.title()), kpi, code));
                }
            }
        }
        write(snapshot, sheet, styles, KPI_NAME, List.of("基本目標", "施策コード", "主要施策"), lines);
    }

    private static void write(ReportSnapshot snapshot, Sheet sheet, WorkbookStyles styles, String name,
            List<String> placeHeaders, List<Line> lines) {
        List<FiscalYear> years = snapshot.columnYears();
        Columns columns = Columns.of(snapshot, lines);
        List<String> headers = new ArrayList<>(placeHeaders);
        headers.addAll(List.of("コード", "指標名", "単位", "基準値", "基準年度"));
        years.forEach(year -> headers.add(year.eraYear() + "\n（" + year.gregorianYear() + "）"));
        if (columns.measured()) {
            headers.addAll(List.of("集計", "集計値"));
        }
        headers.addAll(List.of("目標値", "目標年度"));
        if (columns.interim()) {
            headers.add("中間目標");
        }
        headers.addAll(List.of("達成率", "期待値", "評価", "評価の名称", "達成見込み", "評価の理由"));
        if (columns.notes()) {
            headers.add("注");
        }
        int[] caps = new int[headers.size()];
        java.util.Arrays.fill(caps, 9);
        caps[headers.indexOf("指標名")] = 22;
        caps[headers.indexOf("評価の理由")] = 26;
        caps[headers.indexOf("達成見込み")] = 16;
        if (headers.contains("主要施策")) {
            caps[headers.indexOf("主要施策")] = 22;
        }
        if (columns.interim()) {
            caps[headers.indexOf("中間目標")] = 20;
        }
        SheetWriter out = new SheetWriter(sheet, styles, caps);
        AnnualReportWorkbook.titleRows(out, snapshot, name);
        out.row();
        sheet.getRow(HEADER_ROW).setHeightInPoints(28); // two lines: 令和6 / （2024）
        for (int i = 0; i < headers.size(); i++) {
            out.header(i, headers.get(i));
        }
        int gradeColumn = headers.indexOf("評価");
        Footnotes notes = new Footnotes();
        for (Line line : lines) {
            row(out, snapshot, line, columns, notes, years);
        }
        int lastRow = out.nextRow() - 1;
        out.table(HEADER_ROW, lastRow, headers.size() - 1);
        if (lastRow > HEADER_ROW) {
            gradeColours(sheet, snapshot, new CellRangeAddress(HEADER_ROW + 1, lastRow, gradeColumn, gradeColumn));
        }
        if (!notes.isEmpty()) {
            out.row();
            notes.lines().forEach(note -> out.row().overflowing(0, note, styles.note));
        }
        out.finish();
    }

    private static void row(SheetWriter out, ReportSnapshot snapshot, Line line, Columns columns, Footnotes notes,
            List<FiscalYear> years) {
        NumericalTarget target = line.target();
        WorkbookStyles styles = out.styles;
        TargetEvaluation evaluation = snapshot.evaluation(target);
        int scale = Figures.scale(target);
        CellStyle figure = styles.number(WorkbookStyles.formatFor(scale));
        // 約2,000: still a number Excel can sum, shown with the 約 the plan and the department wrote.
        CellStyle about = styles.number("\"約\"" + WorkbookStyles.formatFor(scale));
        out.row();
        int column = 0;
        for (String place : line.place()) {
            out.text(column++, place, place.length() > 8 ? styles.wrapped : styles.text);
        }
        out.text(column++, line.code(), styles.text);
        out.text(column++, target.name(), styles.wrapped);
        out.text(column++, target.unit().symbol(), styles.centered);
        Baseline baseline = target.baseline();
        baselineCell(out, target, column++);
        // A new indicator's baseline year is only where its expected path starts: not a year to print.
        out.text(column++, baseline instanceof Baseline.None ? "" : target.periodKind().eraLabel(baseline.year()), styles.text);
        for (FiscalYear year : years) {
            boolean expected = target.isDue(year);
            Optional<Reported> reported = snapshot.actual(target, year);
            if (reported.isPresent() && reported.get() instanceof Reported.Figure f) {
                out.number(column++, f.quantity().value(), reported(styles, target, f.quantity()));
            } else if (reported.isEmpty() && year.equals(baseline.year())) {
                if (baseline instanceof Baseline.Figure b) {
                    out.number(column++, b.quantity().value(), b.quantity().approximate() ? about : figure);
                } else {
                    out.text(column++, baseline instanceof Baseline.State st ? st.state()
                            : baseline instanceof Baseline.None ? "" : "未公表", styles.centered);
                }
            } else if (reported.isPresent() || expected && !year.equals(baseline.year())) {
                out.text(column++, Figures.reported(target, reported), styles.centered);
            } else {
                out.text(column++, "", styles.text);
            }
        }
        if (columns.measured()) {
            column = measured(out, evaluation, column);
        }
        TargetValue goalValue = target.target();
        column = targetCell(out, target, column, figure);
        out.text(column++, target.periodKind().eraLabel(goalValue.year()), styles.text);
        if (columns.interim()) {
            out.text(column++, ShapeTexts.interim(target) + (evaluation.against().isPresent()
                    ? "（" + evaluation.against().get().year().shortCode() + "は" + ShapeTexts.AGAINST_INTERIM + "）" : ""),
                    styles.wrapped);
        }
        out.number(column++, evaluation.rate().map(r -> r.percent().movePointLeft(2)).orElse(null), styles.percent);
        out.number(column++, evaluation.expected().map(e -> e.percent().movePointLeft(2)).orElse(null), styles.percent);
        Grade grade = evaluation.grade().grade();
        out.text(column++, grade.code(), styles.centered);
        out.text(column++, grade.label(), styles.centered);
        out.text(column++, evaluation.projection().map(p -> Figures.projected(target, p.value()) + " " + p.verdict())
                .orElse(""), styles.text);
        out.text(column++, evaluation.grade().reason(), styles.wrapped);
        Footnotes.Marks marks = notes.add(line.code() + " ", TargetNotes.of(target));
        if (columns.notes()) {
            out.text(column, marks.all(), styles.centered);
        }
    }

    /** The value graded, when it is not the year's own figure: its label (R3～R5累計, R2調査) and the number. */
    private static int measured(SheetWriter out, TargetEvaluation evaluation, int column) {
        NumericalTarget target = evaluation.target();
        Optional<BigDecimal> value = evaluation.measured().filter(m -> !m.label().isEmpty())
                .map(m -> ShapeTexts.measuredFigure(target, m));
        out.text(column++, evaluation.measured().map(Measured::label).orElse(""), out.styles.centered);
        out.number(column++, value.orElse(null),
                out.styles.number(WorkbookStyles.formatFor(value.map(BigDecimal::scale).orElse(0))));
        return column;
    }

    /** The baseline: a figure as a number (約 in its format), else the state, －（新規） or 未公表. */
    static void baselineCell(SheetWriter out, NumericalTarget target, int column) {
        Baseline baseline = target.baseline();
        if (baseline instanceof Baseline.Figure b) {
            String format = WorkbookStyles.formatFor(Figures.scale(target));
            out.number(column, b.quantity().value(), out.styles.number(b.quantity().approximate() ? "\"約\"" + format : format));
        } else {
            out.text(column, baseline instanceof Baseline.State s ? s.state()
                    : baseline instanceof Baseline.None ? ShapeTexts.NEW_INDICATOR : "未公表", out.styles.centered);
        }
    }

    /**
     * The target: a figure as a number in the target's format — an every-year or a maintain target says so
     * in the number format (毎年度 100, 100,000を維持（許容幅2%）), so it stays a number —, a trend or a state
     * as text.
     */
    static int targetCell(SheetWriter out, NumericalTarget target, int column, CellStyle figure) {
        TargetValue value = target.target();
        String format = WorkbookStyles.formatFor(target.precision());
        if (value instanceof TargetValue.EachYear each) {
            out.number(column, each.quantity().value(), out.styles.number(quoted(ShapeTexts.eachYear(target)) + format));
        } else if (value instanceof TargetValue.Trend) {
            out.text(column, ShapeTexts.trendWord(target), out.styles.centered);
        } else if (value instanceof TargetValue.Figure t && target.direction() == Direction.MAINTAIN) {
            out.number(column, t.quantity().value(), out.styles.number(format + quoted(ShapeTexts.maintain(target))));
        } else if (value instanceof TargetValue.Figure t) {
            out.number(column, t.quantity().value(), figure);
        } else {
            out.text(column, ((TargetValue.State) value).state(), out.styles.centered);
        }
        return column + 1;
    }

    /**
     * Text inside an Excel number format. A % there would be read as "times 100" by some readers even when
     * quoted (POI's DataFormatter does): the full-width ％ is only ever text.
     */
    private static String quoted(String text) {
        return "\"" + text.replace("\"", "").replace('%', '％') + "\"";
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
        gradeColours(sheet, snapshot.rulebook(), range);
    }

    static void gradeColours(Sheet sheet, GradingRulebook rulebook, CellRangeAddress range) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        for (Grade grade : rulebook.grades()) {
            ConditionalFormattingRule rule = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + grade.code().replace("\"", "\"\"") + "\"");
            PatternFormatting fill = rule.createPatternFormatting();
            int rgb = GradeColours.tint(rulebook, grade);
            ((XSSFPatternFormatting) fill).setFillBackgroundColor(new XSSFColor(new byte[] {
                (byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            formatting.addConditionalFormatting(new CellRangeAddress[] {range}, rule);
        }
    }

}
