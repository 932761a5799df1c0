package io.github.senryaku.reports.format;

import io.github.senryaku.model.evaluation.Submissions;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * 未提出一覧: what the year's report still lacks — plan-wide targets, then per goal its targets, KPIs and measures —
 * one row each, in the PDF's appendix and on the HTML edition's page alike.
 */
public final class MissingList {

    /** One missing item: the goal it belongs to ({@code 基本目標1} or {@code 全体目標}), its code, name and department. */
    public record Row(String goal, String code, String name, String department) {
    }

    private MissingList() {
    }

    /** {@code 令和6年度の実績が提出されていない数値目標と取組です（3件）。}, or that everything came in. */
    public static String intro(ReportSnapshot snapshot) {
        long missing = snapshot.submissions().missing();
        if (missing == 0) {
            return snapshot.year().label() + "の実績は、すべての数値目標と取組について提出されています。";
        }
        return snapshot.year().label() + "の実績が提出されていない数値目標と取組です（" + missing + "件）。";
    }

    public static List<Row> of(ReportSnapshot snapshot) {
        Submissions submissions = snapshot.submissions();
        List<Row> rows = new ArrayList<>();
        for (Submissions.Item<NumericalTarget> item : submissions.overall()) {
            if (item.missing()) {
                rows.add(target("全体目標", item.subject()));
            }
        }
        for (Submissions.GoalSubmissions goal : submissions.goals()) {
            String heading = goal.goal().heading();
            goal.targets().stream().filter(Submissions.Item::missing).forEach(item -> rows.add(target(heading, item.subject())));
            goal.kpis().stream().filter(Submissions.Item::missing).forEach(item -> rows.add(target(heading, item.subject())));
            for (Submissions.Item<Measure> item : goal.measures()) {
                if (item.missing()) {
                    Measure measure = item.subject();
                    rows.add(new Row(heading, measure.code().text(), measure.title(), measure.department().orElse(ShapeTexts.NONE)));
                }
            }
        }
        return rows;
    }

    private static Row target(String goal, NumericalTarget target) {
        return new Row(goal, target.code().text(), target.name(), ShapeTexts.NONE);
    }
}
