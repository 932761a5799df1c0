package io.github.senryaku.reports.html;

import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.reports.format.GradeColours;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The grade tallies per goal as an SVG of stacked bars, one per goal, a segment per grade given — drawn from the
 * same counts as the table beside it, and read out in full by its text alternative.
 */
public record TallyChart(String id, String alternative, int width, int height, List<Label> labels, List<Bar> bars,
        List<Legend> legend) {

    /** A text drawn in the chart. */
    public record Label(int x, int y, String text, String anchor) {
    }

    /** One grade's segment of a goal's bar. */
    public record Bar(int x, int y, int width, int height, String fill) {
    }

    /** A legend entry: the grade's colour beside its letter and word. */
    public record Legend(int x, int y, String fill, String text) {
    }

    private static final int LABEL_WIDTH = 120;
    private static final int BAR_AREA = 480;
    private static final int ROW = 30;
    private static final int BAR = 18;

    static TallyChart of(ReportSnapshot snapshot) {
        List<BasicGoal> goals = snapshot.plan().goals();
        List<GradeTally> tallies = snapshot.evaluated().tallies();
        List<Grade> grades = snapshot.rulebook().grades();
        int most = Math.max(1, tallies.stream().mapToInt(GradeTally::total).max().orElse(1));
        List<Label> labels = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            int y = 10 + i * ROW;
            labels.add(new Label(LABEL_WIDTH - 8, y + BAR - 4, goals.get(i).heading(), "end"));
            int x = LABEL_WIDTH;
            for (Grade grade : grades) {
                int count = tallies.get(i).count(grade);
                if (count > 0) {
                    int width = count * BAR_AREA / most;
                    bars.add(new Bar(x, y, width, BAR, "#" + SiteStyle.hex(GradeColours.rgb(snapshot.rulebook(), grade))));
                    x += width;
                }
            }
            labels.add(new Label(x + 6, y + BAR - 4, tallies.get(i).total() + "指標", "start"));
        }
        int legendY = 10 + goals.size() * ROW + 10;
        List<Legend> legend = new ArrayList<>();
        for (int i = 0; i < grades.size(); i++) {
            legend.add(new Legend(LABEL_WIDTH + (i % 4) * 120, legendY + (i / 4) * 22,
                    "#" + SiteStyle.hex(GradeColours.rgb(snapshot.rulebook(), grades.get(i))), grades.get(i).display()));
        }
        int height = legendY + ((grades.size() + 3) / 4) * 22 + 4;
        return new TallyChart("chart-tallies", alternative(snapshot, goals, tallies, grades), LABEL_WIDTH + BAR_AREA + 60,
                height, labels, bars, legend);
    }

    /** {@code 基本目標ごとの数値目標の評価。基本目標1：A（達成）1件、B（順調）0件…（計2指標）。…} */
    private static String alternative(ReportSnapshot snapshot, List<BasicGoal> goals, List<GradeTally> tallies, List<Grade> grades) {
        StringBuilder text = new StringBuilder("基本目標ごとの数値目標の評価（" + snapshot.year().eraLabel() + "）。");
        for (int i = 0; i < goals.size(); i++) {
            GradeTally tally = tallies.get(i);
            text.append(goals.get(i).heading()).append("：")
                    .append(grades.stream().map(g -> g.display() + " " + tally.count(g) + "件").collect(Collectors.joining("、")))
                    .append("（計").append(tally.total()).append("指標）。");
        }
        return text.toString();
    }
}
