package io.github.senryaku.reports.html;

import java.util.List;

/**
 * 予算・決算の状況: budget, spending and execution rate per goal, the lines outside the strategy (戦略外) and the
 * measures no line funds — or that the finance office's data has not come in.
 */
public record BudgetPage(Frame frame, boolean hasBudget, String intro, List<Line> goals, List<Line> outside,
        List<Line> unfunded) {

    /** A row: its label (a goal, a project, a measure) and its figures; a measure's row has its title only. */
    public record Line(String code, String label, String budget, String spent, String rate) {
    }
}
