package io.github.senryaku.reports.html;

import java.util.List;

/**
 * One basic goal (基本目標): its 数値目標, then its main policies with their KPIs and measures.
 *
 * @param yearHeader the header of the year's figures in the KPI tables ({@code 令和6年度の実績値})
 */
public record GoalPage(Frame frame, String yearHeader, List<TargetView> targets, List<PolicyView> policies) {
}
