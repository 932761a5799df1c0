package io.github.senryaku.reports.format;

import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * How the rates of the target shapes a plan uses are worked out, for the appendix beside the grading rules:
 * a reader of a 累計 or 新規 target needs to know what its 達成率 means. Only the shapes the plan has are
 * explained, so a plan of yearly levels reads as it always did. The PDF's appendix and the HTML edition's glossary
 * print the same sentences.
 */
public final class ShapeRules {

    private ShapeRules() {
    }

    public static List<String> of(StrategyPlan plan, GradingRulebook rulebook) {
        List<String> rules = new ArrayList<>();
        // Trend and maintain targets are graded with the milestone grades: say which those are in this rulebook.
        String met = rulebook.milestone().reached().display();
        String missed = rulebook.milestone().baseline().display();
        add(rules, plan, t -> t.aggregation() == Aggregation.CUMULATIVE && t.direction() != Direction.DECREASE,
                "累計の目標：数え始めの年度からその年度までの実績（単年度）の合計を評価します。達成率＝累計÷目標値×100、"
                        + "期待値＝数えた年数÷数え始めから目標年度までの年数×100。基準値は参考として示し、差し引きません。");
        add(rules, plan, t -> t.aggregation() == Aggregation.CUMULATIVE && t.direction() == Direction.DECREASE,
                "累計の上限（累計○○以下）：累計が、その年度までの上限の目安（目標値×期待値÷100）以内なら期待値どおり、"
                        + "目安を超えると達成率が下がり、目標値を超えると達成率0%です。");
        add(rules, plan, t -> t.aggregation() == Aggregation.AVERAGE,
                "平均の目標：数え始めの年度からその年度までに報告された実績の平均を、単年度の値と同じ式で評価します。");
        add(rules, plan, t -> !t.surveys().everyYear(),
                "調査年のある指標：調査のない年度は未提出とせず、直近の調査の値（「R2調査」など）とその調査年の期待値で評価します。");
        add(rules, plan, t -> t.baseline() instanceof Baseline.None,
                "基準値のない指標（新規）：達成率＝実績値÷目標値×100（減少を目指す指標は目標値÷実績値×100、上限100）、"
                        + "期待値は計画の初年度から目標年度まで一定の割合で進んだ場合の値です。");
        add(rules, plan, t -> t.target() instanceof TargetValue.EachYear,
                "毎年度の目標：各年度の実績を目標値と比べます（期待値100%、基準値からの道筋はありません）。");
        add(rules, plan, t -> t.target() instanceof TargetValue.Trend,
                "数値のない目標（増加・向上など）：実績が基準値から目標の方向へ動いていれば" + met + "、そうでなければ" + missed
                        + "とし、達成率はありません。");
        add(rules, plan, t -> t.direction() == Direction.MAINTAIN,
                "現状維持の目標：実績が維持する水準（許容幅があれば、その分を差し引いた値）以上なら" + met + "、下回れば" + missed + "です。");
        add(rules, plan, t -> !t.interim().isEmpty(),
                "中間目標：期待値の道筋は中間目標を通り、中間目標の年度はその値に対する達成率で評価します。");
        return rules;
    }

    private static void add(List<String> rules, StrategyPlan plan, Predicate<NumericalTarget> uses, String rule) {
        if (plan.targets().anyMatch(uses)) {
            rules.add(rule);
        }
    }
}
