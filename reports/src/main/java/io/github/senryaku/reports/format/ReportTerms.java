package io.github.senryaku.reports.format;

import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.plan.GlossaryTerm;
import java.util.List;

/**
 * The sentences that explain how a year is graded and the terms every report uses (達成率, 期待値, 未提出 …), the same
 * in the PDF's appendix and the HTML edition's glossary; the plan's own glossary comes first in both.
 */
public final class ReportTerms {

    /** Printed on a report made from sample data, where a reader sees it first (the PDF's cover, every HTML page). */
    public static final String SAMPLE_NOTICE = "サンプルデータ — 実際の数値ではありません（動作確認用の架空のデータです）";

    /** How 達成率, 期待値 and 達成見込み are worked out, under the grading bands. */
    public static final String RATE_RULE = "達成率＝（実績値－基準値）÷（目標値－基準値）×100。期待値は、基準年度から目標年度まで一定の割合で"
            + "進んだ場合のその年度の達成率です。達成見込みは、判明している実績値の傾向（最小二乗法による直線）を目標年度まで"
            + "延ばした値です。";
    /** What the milestone grades (reached / intermediate / baseline) mean, beside them in the grading table. */
    public static final String MILESTONE_RULE = "状態で示す目標（施設の整備など）：目標の状態に達した／途中の状態／基準の状態のまま";
    /** What the grade for what cannot be graded (未評価) means. */
    public static final String UNRATED_RULE = "実績値が未提出・未公表、または基準値が未確定のため評価できないもの";

    private static final List<GlossaryTerm> STANDARD = List.of(
            new GlossaryTerm("達成率", "基準値から目標値までの差のうち、実績値までに進んだ割合（%）。"),
            new GlossaryTerm("期待値", "基準年度から目標年度まで一定の割合で進んだ場合の、その年度の達成率（%）。"),
            new GlossaryTerm("達成見込み", "判明している実績値の傾向を目標年度まで延ばした値と、それが目標値に届くかどうか。"),
            new GlossaryTerm("未公表", "統計の公表前などで、実績値がまだ確定していないもの。"),
            new GlossaryTerm("未提出", "担当課からその年度の報告がまだ届いていないもの。"));

    private ReportTerms() {
    }

    /** The terms every report explains after the plan's own glossary. */
    public static List<GlossaryTerm> standard() {
        return STANDARD;
    }

    /** The header of the grading table's rule column: {@code 基準（達成率による。上から順に当てはめます）}. */
    public static String bandsHeader(GradingRulebook rulebook) {
        return "基準（" + rulebook.basis().japanese() + "による。上から順に当てはめます）";
    }

    /** The milestone grades as one cell: {@code A（達成）／B（順調）／D（未達成）}. */
    public static String milestoneGrades(GradingRulebook rulebook) {
        return rulebook.milestone().reached().display() + "／" + rulebook.milestone().intermediate().display() + "／"
                + rulebook.milestone().baseline().display();
    }
}
