package io.github.senryaku.reports.html;

import java.util.List;
import java.util.Optional;

/**
 * One basic goal (基本目標): the council's opinions on it, its 数値目標, then its main policies with their KPIs and measures.
 *
 * @param yearHeader the header of the year's figures in the KPI tables ({@code 令和6年度の実績値})
 */
public record GoalPage(Frame frame, String yearHeader, Optional<CouncilView> council, List<TargetView> targets,
        List<PolicyView> policies) {
}
