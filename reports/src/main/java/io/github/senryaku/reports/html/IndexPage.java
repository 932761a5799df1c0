package io.github.senryaku.reports.html;

import java.util.List;
import java.util.Optional;

/**
 * The summary page (概要, {@code index.html}): the downloads, the grade tallies — plan-wide targets, 数値目標 per
 * goal as a table and a chart, KPIs per goal —, the council's opinions on the plan as a whole (総括), and every target in one list per kind.
 *
 * @param overall the plan-wide targets' tally; null when the plan has none
 * @param kpis the KPIs' tally; null when the plan has none
 */
public record IndexPage(Frame frame, String heading, List<Download> downloads, TallyTable overall, String targetsIntro,
        TallyTable targets, TallyChart chart, String kpisIntro, TallyTable kpis, Optional<CouncilView> council,
        List<SummaryList> lists) {

    public boolean hasOverall() {
        return overall != null;
    }

    public boolean hasKpis() {
        return kpis != null;
    }
}
