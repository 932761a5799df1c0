package io.github.senryaku.reports.pdf;

import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.format.GradeColours;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.TrendPoints;
import io.github.senryaku.reports.snapshot.TrendSource;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts, built with JFreeChart and drawn as vectors by {@link VectorImages}: a target's
 * actuals against the straight path from baseline to target, a milestone's states over the years, and the
 * grade tallies per goal. Colours are opaque (print and PDF/A stay simple) and every label uses the
 * report's font.
 */
final class ReportCharts {

    /** A chart and what it shows in words, every plotted figure included: the alternative text of its Figure tag. */
    record Chart(JFreeChart drawing, String description) {
    }

    static final String ACTUAL = "実績値";
    static final String PATH = "目標への道筋（基準値から目標値への直線）";

    private final Font font;
    /** Chart text is drawn through AWT, not the typesetter: it is checked for glyphs the font lacks here. */
    private final java.util.function.Consumer<String> glyphCheck;

    ReportCharts(ReportFont font, java.util.function.Consumer<String> glyphCheck) {
        this.font = font.awtFont();
        this.glyphCheck = glyphCheck;
        glyphCheck.accept(ACTUAL + PATH + "指標数");
    }

    /**
     * Actuals against the path, one category per year from the baseline year to the target year; what is
     * plotted for a sum, an every-year or a trend target is {@link TrendPoints}'s choice. A target with no path
     * (a trend) has the actuals' series only.
     */
    Chart target(TrendSource snapshot, NumericalTarget target) {
        glyphCheck.accept(target.unit().symbol());
        Optional<BigDecimal> baseline = snapshot.evaluation(target).baseline();
        String actualName = TrendPoints.actualName(target);
        String pathName = TrendPoints.pathName(target, PATH);
        glyphCheck.accept(actualName + pathName);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<FiscalYear> years = TrendPoints.years(snapshot, target);
        boolean hasPath = years.stream().anyMatch(year -> TrendPoints.path(target, baseline, year).isPresent());
        for (FiscalYear year : years) {
            String category = label(year);
            data.addValue(TrendPoints.actual(snapshot, target, year).orElse(null), actualName, category);
            if (hasPath) {
                data.addValue(TrendPoints.path(target, baseline, year).orElse(null), pathName, category);
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, target.unit().isNone() ? null : "（" + target.unit() + "）",
                data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = style(chart);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Palette.ACTUAL);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesPaint(1, Palette.PATH);
        renderer.setSeriesStroke(1, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 3f}, 0f));
        renderer.setSeriesShapesVisible(1, false);
        plot.setRenderer(renderer);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(false);
        range.setTickLabelFont(font.deriveFont(7.5f));
        range.setLabelFont(font.deriveFont(7.5f));
        flatRange(data, range);
        String unit = target.unit().isNone() ? "" : "（単位：" + target.unit() + "）";
        return new Chart(chart, target.name() + "の推移" + unit + "の折れ線グラフ。" + describe(data, (series, value) -> {
            BigDecimal figure = (BigDecimal) value;
            return target.unit().format(series.equals(actualName) ? Figures.printed(target, new Quantity(figure, false))
                    : new Quantity(figure.setScale(Figures.scale(target), RoundingMode.HALF_UP), false));
        }));
    }

    /** Every series with the figure of each category it has: {@code 実績値：R1 1.60、R2 1.55。}. */
    private static String describe(DefaultCategoryDataset data, java.util.function.BiFunction<String, Number, String> format) {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < data.getRowCount(); row++) {
            String series = data.getRowKey(row).toString();
            List<String> points = new java.util.ArrayList<>();
            for (int column = 0; column < data.getColumnCount(); column++) {
                Number value = data.getValue(row, column);
                if (value != null) {
                    points.add(data.getColumnKey(column) + " " + format.apply(series, value));
                }
            }
            text.append(series).append("：").append(points.isEmpty() ? "なし" : String.join("、", points)).append("。");
        }
        return text.toString();
    }

    /**
     * A chart whose values are all one (a level kept, 100,000人 every year) would get an axis a hair wide with
     * ticks in scientific notation (1E5): it gets 5 % of the value either side instead.
     */
    private static void flatRange(DefaultCategoryDataset data, NumberAxis range) {
        java.util.Set<Double> values = new java.util.HashSet<>();
        for (int row = 0; row < data.getRowCount(); row++) {
            for (int column = 0; column < data.getColumnCount(); column++) {
                Number value = data.getValue(row, column);
                if (value != null) {
                    values.add(value.doubleValue());
                }
            }
        }
        if (values.size() == 1) {
            double value = values.iterator().next();
            double margin = value == 0 ? 1 : Math.abs(value) * 0.05;
            range.setRange(value - margin, value + margin);
        }
    }

    /** A milestone's states over the years: the state axis reads 未整備 → 整備中 → 整備. */
    Chart milestone(TrendSource snapshot, NumericalTarget target) {
        target.states().forEach(glyphCheck);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        FiscalYear from = target.baseline().year();
        for (FiscalYear year = from; !year.isAfter(target.target().year()); year = year.plus(1)) {
            Optional<Reported> reported = year.isAfter(snapshot.year()) ? Optional.empty() : snapshot.actual(target, year);
            Integer index = reported.filter(Reported.State.class::isInstance)
                    .map(r -> target.stateIndex(((Reported.State) r).state())).filter(i -> i >= 0).orElse(null);
            if (index == null && year.equals(from)) {
                index = 0;
            }
            data.addValue(index, ACTUAL, label(year));
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, true, false,
                false);
        CategoryPlot plot = style(chart);
        SymbolAxis states = new SymbolAxis(null, target.states().toArray(String[]::new));
        states.setTickLabelFont(font.deriveFont(8f));
        states.setGridBandsVisible(false);
        plot.setRangeAxis(states);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Palette.ACTUAL);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesShape(0, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
        plot.setRenderer(renderer);
        return new Chart(chart, target.name() + "の状態の推移の折れ線グラフ。"
                + describe(data, (series, index) -> target.states().get(index.intValue())));
    }

    /** Grade tallies per goal as stacked horizontal bars, one colour per grade. */
    Chart tallies(ReportSnapshot snapshot) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<Grade> grades = snapshot.rulebook().grades();
        List<GradeTally> tallies = snapshot.evaluated().tallies();
        List<BasicGoal> goals = snapshot.plan().goals();
        grades.forEach(grade -> glyphCheck.accept(grade.display()));
        for (int i = 0; i < goals.size(); i++) {
            for (Grade grade : grades) {
                data.addValue(tallies.get(i).count(grade), grade.display(), "基本目標" + goals.get(i).number());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "指標数", data, PlotOrientation.HORIZONTAL,
                true, false, false);
        CategoryPlot plot = style(chart);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.12);
        for (int i = 0; i < grades.size(); i++) {
            renderer.setSeriesPaint(i, new Color(GradeColours.rgb(snapshot.rulebook(), grades.get(i))));
        }
        NumberAxis count = (NumberAxis) plot.getRangeAxis();
        count.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        count.setTickLabelFont(font.deriveFont(7.5f));
        count.setLabelFont(font.deriveFont(7.5f));
        return new Chart(chart, "基本目標ごとの数値目標の評価の件数の積み上げ横棒グラフ。"
                + describe(transposed(data), (goal, tally) -> tally.intValue() + "件"));
    }

    /** The tallies read per goal, as the table beside the chart does, rather than per grade. */
    private static DefaultCategoryDataset transposed(DefaultCategoryDataset data) {
        DefaultCategoryDataset goals = new DefaultCategoryDataset();
        for (int column = 0; column < data.getColumnCount(); column++) {
            for (int row = 0; row < data.getRowCount(); row++) {
                goals.addValue(data.getValue(row, column), data.getColumnKey(column), data.getRowKey(row));
            }
        }
        return goals;
    }

    private CategoryPlot style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundAlpha(1f);
        plot.setForegroundAlpha(1f);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xD0, 0xD6, 0xDD));
        plot.setDomainGridlinesVisible(false);
        CategoryAxis years = plot.getDomainAxis();
        years.setTickLabelFont(font.deriveFont(7.5f));
        years.setLabelFont(font.deriveFont(7.5f));
        years.setCategoryMargin(0.1);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(font.deriveFont(8f));
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        return plot;
    }

    /** {@code R6} style labels keep seven or more years legible on an A4 column; 元年 stays 元. */
    static String label(FiscalYear year) {
        return io.github.senryaku.reports.format.YearFigures.tick(year);
    }
}
