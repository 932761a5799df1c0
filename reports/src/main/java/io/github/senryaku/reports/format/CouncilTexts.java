package io.github.senryaku.reports.format;

import io.github.senryaku.model.council.CouncilOpinion;
import io.github.senryaku.model.council.CouncilReview;
import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.StrategyPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * The words every report prints the review council's opinions with (推進会議・外部有識者の意見 and the office's
 * 対応方針), and what it calls each subject, so the PDF, the HTML edition and the workbook say the same.
 */
public final class CouncilTexts {

    /** The small block under a goal, target, KPI or policy. */
    public static final String HEADING = "推進会議等の意見";
    /** The section of the opinions on the plan as a whole, near the summary. */
    public static final String OVERALL_HEADING = "推進会議・外部有識者の意見（総括）";
    public static final String OPINION = "意見";
    public static final String RESPONSE = "対応方針";
    public static final String BY = "委員・会議";
    private static final String NOT_IN_PLAN = "（この年度の計画にない項目）";
    public static final String OVERALL_INTRO = "計画全体について推進会議・外部有識者からいただいた意見と、それに対する対応方針です。";

    private CouncilTexts() {
    }

    /**
     * A subject as the plan names it: a goal's heading and title, a target's or KPI's name, a policy's title,
     * {@code 計画全体} for the 総括; a code the plan in force does not hold is named as such.
     */
    public static String name(StrategyPlan plan, ReviewSubject subject) {
        if (subject instanceof ReviewSubject.Goal goal) {
            return plan.goal(goal.code()).map(found -> found.heading() + "　" + found.title()).orElse(NOT_IN_PLAN);
        }
        if (subject instanceof ReviewSubject.Target target) {
            return plan.target(target.code()).map(NumericalTarget::name).orElse(NOT_IN_PLAN);
        }
        if (subject instanceof ReviewSubject.Policy policy) {
            return plan.policy(policy.code()).map(Policy::title).orElse(NOT_IN_PLAN);
        }
        return "計画全体";
    }

    /**
     * The opinions printed under a policy: its own, then those on each of its own KPIs in the plan's order (a KPI
     * reprinted here from another policy has its opinions printed under that policy only).
     */
    public static List<CouncilOpinion> underPolicy(CouncilReview review, Policy policy) {
        List<CouncilOpinion> opinions = new ArrayList<>(review.about(new ReviewSubject.Policy(policy.code())));
        policy.targets().forEach(kpi -> opinions.addAll(review.about(new ReviewSubject.Target(kpi.code()))));
        return opinions;
    }

    /**
     * What an opinion printed under a policy is about when it is about one of its KPIs ({@code K1-2-1 待機児童数});
     * empty for the policy's own.
     */
    public static String kpiLabel(StrategyPlan plan, CouncilOpinion opinion) {
        return opinion.subject() instanceof ReviewSubject.Target ? opinion.subject().text() + "　" + name(plan, opinion.subject())
                : "";
    }
}
