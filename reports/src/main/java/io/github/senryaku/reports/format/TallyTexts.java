package io.github.senryaku.reports.format;

import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.List;
import java.util.stream.Collectors;

/** Grade tallies as sentences, the same in the PDF and the HTML edition. */
public final class TallyTexts {

    private TallyTexts() {
    }

    /** {@code この施策のKPIの評価：A（達成）1件、B（順調）1件（計2指標、再掲を含む）}. */
    public static String kpis(ReportSnapshot snapshot, Policy policy) {
        GradeTally tally = snapshot.evaluated().kpiTally(policy);
        return "この施策のKPIの評価：" + counts(snapshot, tally) + "（計" + tally.total() + "指標"
                + (policy.reprints().isEmpty() ? "" : "、再掲を含む") + "）";
    }

    /** {@code A（達成）1件、C（遅れ）2件}: the grades given, in the rulebook's order. */
    public static String counts(ReportSnapshot snapshot, GradeTally tally) {
        List<Grade> grades = snapshot.rulebook().grades();
        return grades.stream().filter(grade -> tally.count(grade) > 0)
                .map(grade -> grade.display() + " " + tally.count(grade) + "件").collect(Collectors.joining("、"));
    }

    /** The sentence before the 数値目標's tallies. */
    public static String targetsIntro(ReportSnapshot snapshot) {
        return snapshot.year().label() + "の数値目標（" + snapshot.plan().numericalTargets().count() + "指標）の評価を、"
                + "基本目標ごとに集計しました。評価基準は「" + snapshot.rulebook().name() + "」です（付録参照）。";
    }

    /** The sentence before the KPIs' tallies. */
    public static String kpisIntro(ReportSnapshot snapshot) {
        return "主要施策の重要業績評価指標（KPI、" + snapshot.plan().kpis().count() + "指標）の評価を、基本目標ごとに集計しました。"
                + "再掲の指標は一度だけ数え、数値目標とは別に集計しています。";
    }
}
