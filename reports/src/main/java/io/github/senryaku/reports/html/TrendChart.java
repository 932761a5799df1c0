package io.github.senryaku.reports.html;

import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.format.YearFigures;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.TrendPoints;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A target's trend as an SVG line chart: what {@link TrendPoints} plots (the PDF's chart's figures) against the path to
 * the target, with a text alternative that reads every figure and the same figures as a table under it.
 *
 * @param series the figures per series, a cell per year ({@code －} where there is none): the table and the alternative
 */
public record TrendChart(String id, String caption, String alternative, List<String> years, List<Series> series,
        Drawing drawing) {

    /** One line of the chart: its name, a printed figure per year, and the polylines between present figures. */
    public record Series(String name, List<String> cells) {
    }

    /** The geometry, in the SVG's user units. */
    public record Drawing(int width, int height, List<Line> lines, List<Dot> dots, List<Text> texts, List<Rule> rules) {
    }

    /** A polyline of one series; {@code dashed} for the path. */
    public record Line(String points, boolean dashed) {
    }

    public record Dot(String cx, String cy) {
    }

    public record Text(String x, String y, String text, String anchor) {
    }

    /** An axis or a grid line. */
    public record Rule(String x1, String y1, String x2, String y2, boolean grid) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 280;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 70;

    static Optional<TrendChart> of(ReportSnapshot snapshot, NumericalTarget target) {
        if (target.isMilestone()) {
            return Optional.empty(); // a milestone's figures are states: its table says them, a line could not
        }
        Optional<BigDecimal> baseline = snapshot.evaluation(target).baseline();
        List<FiscalYear> years = TrendPoints.years(snapshot, target);
        List<Optional<BigDecimal>> actual = years.stream().map(year -> TrendPoints.actual(snapshot, target, year)).toList();
        List<Optional<BigDecimal>> path = years.stream().map(year -> TrendPoints.path(target, baseline, year)).toList();
        boolean hasPath = path.stream().anyMatch(Optional::isPresent);
        String actualName = TrendPoints.actualName(target);
        String pathName = TrendPoints.pathName(target, "目標への道筋（基準値から目標値への直線）");
        List<Series> series = new ArrayList<>();
        series.add(new Series(actualName, actual.stream().map(v -> v.map(x -> actualText(target, x)).orElse(ShapeTexts.NONE)).toList()));
        if (hasPath) {
            series.add(new Series(pathName, path.stream().map(v -> v.map(x -> pathText(target, x)).orElse(ShapeTexts.NONE)).toList()));
        }
        List<String> ticks = years.stream().map(YearFigures::tick).toList();
        String unit = target.unit().isNone() ? "" : "（単位：" + target.unit() + "）";
        String caption = target.code().text() + "　" + target.name() + "の推移" + unit;
        String alternative = caption + "。" + series.stream().map(s -> s.name() + "：" + readOut(ticks, s.cells()))
                .collect(Collectors.joining("。")) + "。";
        Drawing drawing = draw(ticks, actual, hasPath ? path : List.of(), target);
        return Optional.of(new TrendChart("chart-" + target.code().text(), caption, alternative, ticks, series, drawing));
    }

    private static String readOut(List<String> ticks, List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < ticks.size(); i++) {
            parts.add(ticks.get(i) + " " + cells.get(i));
        }
        return String.join("、", parts);
    }

    private static String actualText(NumericalTarget target, BigDecimal value) {
        return target.unit().format(Figures.printed(target, new Quantity(value, false)));
    }

    private static String pathText(NumericalTarget target, BigDecimal value) {
        return target.unit().format(new Quantity(value.setScale(target.precision() + 1, RoundingMode.HALF_UP), false));
    }

    private static Drawing draw(List<String> ticks, List<Optional<BigDecimal>> actual, List<Optional<BigDecimal>> path,
            NumericalTarget target) {
        List<Double> values = new ArrayList<>();
        actual.forEach(v -> v.ifPresent(x -> values.add(x.doubleValue())));
        path.forEach(v -> v.ifPresent(x -> values.add(x.doubleValue())));
        Scale scale = Scale.of(values);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = ticks.size() > 1 ? plotWidth / (ticks.size() - 1) : 0;
        List<Rule> rules = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        for (double value = scale.low(); value <= scale.high() + scale.step() / 2; value += scale.step()) {
            String y = number(TOP + plotHeight * (scale.high() - value) / (scale.high() - scale.low()));
            rules.add(new Rule(number(LEFT), y, number(WIDTH - RIGHT), y, true));
            texts.add(new Text(number(LEFT - 6), number(Double.parseDouble(y) + 4), scale.label(value), "end"));
        }
        rules.add(new Rule(number(LEFT), number(TOP + plotHeight), number(WIDTH - RIGHT), number(TOP + plotHeight), false));
        rules.add(new Rule(number(LEFT), number(TOP), number(LEFT), number(TOP + plotHeight), false));
        for (int i = 0; i < ticks.size(); i++) {
            texts.add(new Text(number(LEFT + step * i), number(TOP + plotHeight + 18), ticks.get(i), "middle"));
        }
        if (!target.unit().isNone()) {
            texts.add(new Text(number(LEFT - 6), number(TOP - 12), "（" + target.unit() + "）", "end"));
        }
        List<Line> lines = new ArrayList<>();
        List<Dot> dots = new ArrayList<>();
        lines.addAll(polylines(actual, scale, step, plotHeight, false));
        lines.addAll(polylines(path, scale, step, plotHeight, true));
        for (int i = 0; i < actual.size(); i++) {
            int index = i;
            actual.get(i).ifPresent(v -> dots.add(new Dot(number(LEFT + step * index), number(y(v, scale, plotHeight)))));
        }
        return new Drawing(WIDTH, HEIGHT, lines, dots, texts, rules);
    }

    /** One polyline per run of years with a figure: a year without one is a gap, never a zero. */
    private static List<Line> polylines(List<Optional<BigDecimal>> values, Scale scale, double step, double plotHeight,
            boolean dashed) {
        List<Line> lines = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (int i = 0; i <= values.size(); i++) {
            if (i < values.size() && values.get(i).isPresent()) {
                run.add(number(LEFT + step * i) + "," + number(y(values.get(i).get(), scale, plotHeight)));
            } else {
                if (run.size() > 1) {
                    lines.add(new Line(String.join(" ", run), dashed));
                }
                run.clear();
            }
        }
        return lines;
    }

    private static double y(BigDecimal value, Scale scale, double plotHeight) {
        return TOP + plotHeight * (scale.high() - value.doubleValue()) / (scale.high() - scale.low());
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The value axis: round steps (1, 2 or 5 times a power of ten) spanning the figures. */
    record Scale(double low, double high, double step, int decimals) {

        static Scale of(List<Double> values) {
            double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
            if (max - min < 1e-9) {
                double pad = Math.abs(max) < 1e-9 ? 1 : Math.abs(max) * 0.1;
                min -= pad;
                max += pad;
            }
            double rough = (max - min) / 4;
            double power = Math.pow(10, Math.floor(Math.log10(rough)));
            double step = rough / power <= 1 ? power : rough / power <= 2 ? 2 * power : rough / power <= 5 ? 5 * power
                    : 10 * power;
            int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
            return new Scale(Math.floor(min / step) * step, Math.ceil(max / step) * step, step, decimals);
        }

        String label(double value) {
            return String.format(Locale.ROOT, "%,." + decimals + "f", value);
        }
    }
}
