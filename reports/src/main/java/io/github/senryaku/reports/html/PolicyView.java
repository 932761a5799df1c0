package io.github.senryaku.reports.html;

import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.reports.format.CouncilTexts;
import io.github.senryaku.reports.format.Footnotes;
import io.github.senryaku.reports.format.MoneyTexts;
import io.github.senryaku.reports.format.TallyTexts;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.List;
import java.util.Optional;

/**
 * A main policy (主要施策): its budget, its KPIs with their tally and notes, its measures, and the council's opinions
 * on it and its own KPIs.
 */
public record PolicyView(String id, String heading, String budget, List<KpiRow> kpis, String kpiTally, List<String> notes,
        List<MeasureRow> measures, Optional<CouncilView> council) {

    static PolicyView of(ReportSnapshot snapshot, Policy policy) {
        List<NumericalTarget> printed = snapshot.plan().kpisPrintedUnder(policy);
        Footnotes notes = new Footnotes();
        List<KpiRow> kpis = printed.stream().map(kpi -> KpiRow.of(snapshot, kpi, !policy.targets().contains(kpi), notes))
                .toList();
        return new PolicyView(policy.code().text(), policy.code().text() + "　" + policy.title(),
                snapshot.hasBudget() ? MoneyTexts.budgetLine(snapshot.budget(policy)) : "", kpis,
                kpis.isEmpty() ? "" : TallyTexts.kpis(snapshot, policy), notes.lines(),
                policy.measures().stream().map(measure -> MeasureRow.of(snapshot, measure)).toList(),
                CouncilView.beside(snapshot.plan(), policy.code().text(), 4,
                        CouncilTexts.underPolicy(snapshot.council(), policy)));
    }

    public boolean hasBudgetColumn() {
        return measures.stream().anyMatch(measure -> !measure.budget().isEmpty());
    }
}
