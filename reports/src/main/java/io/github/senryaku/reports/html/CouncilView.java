package io.github.senryaku.reports.html;

import io.github.senryaku.model.council.CouncilOpinion;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.reports.format.CouncilTexts;
import java.util.List;
import java.util.Optional;

/**
 * The review council's opinions beside what they are about, as the PDF prints them: a section headed
 * 推進会議等の意見 in a goal's page, a target's section or a policy's, or 推進会議・外部有識者の意見（総括） on the
 * summary page; each opinion a list of its 意見, 対応方針 and 委員・会議.
 *
 * @param id the section's anchor ({@code G1-council}, {@code T1-2-council}, {@code overall-council})
 * @param level the heading's level: 2 right under a page's heading, 4 under a target's or a policy's
 * @param intro a sentence under the heading; empty for a block beside its subject
 */
public record CouncilView(String id, int level, String heading, String intro, List<Opinion> opinions) {

    /**
     * @param about what the opinion is about when that is not the section it stands in (a KPI under its policy);
     *              empty otherwise
     * @param by 委員・会議; empty when the office did not write it down
     */
    public record Opinion(String about, String opinion, String response, String by) {
    }

    /** The block beside a goal, a target or a policy; none when the council said nothing of it. */
    static Optional<CouncilView> beside(StrategyPlan plan, String subjectId, int level, List<CouncilOpinion> opinions) {
        return opinions.isEmpty() ? Optional.empty() : Optional.of(new CouncilView(subjectId + "-council", level,
                CouncilTexts.HEADING, "", opinions(plan, opinions)));
    }

    /** The section of the opinions on the plan as a whole; none when there are none. */
    static Optional<CouncilView> overall(StrategyPlan plan, List<CouncilOpinion> opinions) {
        return opinions.isEmpty() ? Optional.empty() : Optional.of(new CouncilView("overall-council", 2,
                CouncilTexts.OVERALL_HEADING, CouncilTexts.OVERALL_INTRO, opinions(plan, opinions)));
    }

    private static List<Opinion> opinions(StrategyPlan plan, List<CouncilOpinion> opinions) {
        return opinions.stream().map(opinion -> new Opinion(CouncilTexts.kpiLabel(plan, opinion), opinion.opinion(),
                opinion.response(), opinion.by().orElse(""))).toList();
    }
}
