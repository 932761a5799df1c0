package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What departments are told about an indicator, in the template and in the import's messages: its kind
 * (全体目標, 数値目標, KPI), that a 累計 or 平均 target takes the year's own figure, and a survey indicator's
 * survey years. Departments always report the year's own figure (単年度); the evaluation aggregates.
 */
final class IndicatorGuidance {

    private IndicatorGuidance() {
    }

    /** The template's 区分 cell: 全体目標, 数値目標（基本目標1）, KPI（P1-2）. */
    static String kind(NumericalTarget target) {
        return switch (target.kind()) {
            case OVERALL -> "全体目標";
            case NUMERICAL -> "数値目標（基本目標" + target.code().goal() + "）";
            case KPI -> "KPI（" + target.code().policyCode().orElseThrow().text() + "）";
        };
    }

    /** R2・R5・R8: a survey indicator's survey years. */
    static String surveyYears(NumericalTarget target) {
        return target.surveys().years().stream().map(FiscalYear::shortCode).collect(Collectors.joining("・"));
    }

    /** The start of a row's 記入のしかた for the shapes that need saying; empty for a plain yearly figure. */
    static String shapeNote(NumericalTarget target) {
        StringBuilder note = new StringBuilder();
        if (target.aggregation() != Aggregation.LEVEL) {
            note.append("単年度の値を記入。").append(target.aggregation().japanese()).append("（")
                    .append(target.countedFrom().shortCode()).append("から）は自動で計算します。");
        }
        if (!target.surveys().everyYear()) {
            note.append("調査年（").append(surveyYears(target)).append("）の調査の値を記入。");
        }
        if (target.target() instanceof TargetValue.EachYear) {
            note.append("毎年度の目標（").append(target.countedFrom().shortCode()).append("から）。");
        }
        return note.toString();
    }

    /**
     * The 記入方法 lines about the plan's indicator shapes, each only when the plan has that shape (a plan of
     * yearly 数値目標 only gets none).
     *
     * @param offered the indicators the year's sheet offers
     */
    static List<String> guideLines(StrategyPlan plan, FiscalYear year, List<NumericalTarget> offered) {
        List<String> lines = new ArrayList<>();
        if (!plan.overallTargets().isEmpty() || plan.kpis().findAny().isPresent()) {
            lines.add("   ・指標には、計画全体の全体目標（T0-1 など）、基本目標の数値目標（T1-1 など）、施策の重要業績評価指標"
                    + "（KPI、K1-1-1 など）があります。種類は「区分」の列に示しています。");
        }
        if (plan.policies().anyMatch(policy -> !policy.reprints().isEmpty())) {
            lines.add("   ・ほかの施策にも掲げた KPI（再掲）も行は1つだけです。1回記入すれば、掲げたすべての施策に反映されます。");
        }
        List<String> aggregated = offered.stream().filter(t -> t.aggregation() != Aggregation.LEVEL)
                .map(t -> t.code().text() + "（" + t.aggregation().japanese() + "）").toList();
        if (!aggregated.isEmpty()) {
            lines.add("   ・累計・平均の目標（" + String.join("、", aggregated) + "）も、" + year.eraLabel()
                    + "だけの値（単年度の値）を記入してください。累計・平均は自動で計算します。");
        }
        List<NumericalTarget> surveyed = plan.targets().filter(t -> !t.surveys().everyYear()).toList();
        if (!surveyed.isEmpty()) {
            lines.add("   ・調査年にだけ測る指標は、調査年の様式にだけ載ります（調査年以外の年度は、直近の調査の値で評価します）: "
                    + surveyed.stream().map(t -> t.code().text() + " " + t.name() + "（調査年 " + surveyYears(t) + "、"
                            + year.shortCode() + (t.surveys().isSurveyYear(year) ? "は調査年" : "は調査年ではありません") + "）")
                            .collect(Collectors.joining("、")));
        }
        return lines;
    }
}
