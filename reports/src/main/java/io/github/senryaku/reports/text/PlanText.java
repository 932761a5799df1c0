package io.github.senryaku.reports.text;

import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.GlossaryTerm;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.format.TargetNotes;
import java.util.List;

/**
 * The evaluated plan as Japanese text for the console: header, grade tallies (per 基本目標 for the 数値目標,
 * apart from them the 全体目標 and the KPIs), the plan-wide targets, each goal's numerical targets with their
 * evaluation, its policies with their KPIs (再掲 marked) and measures, and the glossary.
 */
public final class PlanText {

    private static final String TARGET = "    ";
    private static final String KPI = "        ";

    private final StringBuilder out = new StringBuilder();

    private PlanText() {
    }

    /** @param banner a line printed above everything, such as the サンプルデータ notice; may be empty */
    public static String of(EvaluatedPlan evaluated, String banner) {
        return new PlanText().render(evaluated, banner);
    }

    private String render(EvaluatedPlan evaluated, String banner) {
        StrategyPlan plan = evaluated.plan();
        if (!banner.isEmpty()) {
            line(banner);
        }
        line(plan.title() + "（" + plan.municipality() + "）");
        line("計画期間: " + plan.period().label() + (plan.basisLaw().isEmpty() ? "" : "　根拠法: " + plan.basisLaw()));
        line("評価年度: " + evaluated.year().label() + "　評価基準: " + evaluated.rulebook().name());
        line("");
        tallies(evaluated, "評価の集計（" + evaluated.year().eraLabel() + "）", "基本目標", evaluated.tallies());
        if (!plan.overallTargets().isEmpty()) {
            tallies(evaluated, "全体目標の評価の集計", "全体目標", List.of(evaluated.overallTally()));
        }
        if (plan.kpis().findAny().isPresent()) {
            tallies(evaluated, "重要業績評価指標（KPI）の評価の集計（再掲は一度だけ数えます）", "基本目標",
                    evaluated.kpiTallies());
        }
        if (!plan.overallTargets().isEmpty()) {
            line("");
            line("【全体目標】");
            evaluated.overallEvaluations().forEach(evaluation -> target(evaluation, TARGET, ""));
        }
        for (BasicGoal goal : plan.goals()) {
            line("");
            line("【" + goal.heading() + "】" + goal.code() + " " + goal.title());
            line("  数値目標");
            evaluated.evaluations(goal).forEach(evaluation -> target(evaluation, TARGET, ""));
            line("  主要施策");
            goal.policies().forEach(policy -> policy(evaluated, policy));
        }
        if (!plan.glossary().isEmpty()) {
            line("");
            line("用語解説");
            for (GlossaryTerm term : plan.glossary()) {
                line("  " + term.term() + ": " + term.definition());
            }
        }
        return out.toString();
    }

    /** @param scope what the rows are: 基本目標, or 全体目標 for the one row of the plan-wide targets (T0) */
    private void tallies(EvaluatedPlan evaluated, String title, String scope, List<GradeTally> tallies) {
        line(title);
        StringBuilder header = new StringBuilder("  " + scope);
        for (Grade grade : evaluated.rulebook().grades()) {
            header.append("  ").append(grade.display());
        }
        line(header.toString());
        for (GradeTally tally : tallies) {
            StringBuilder row = new StringBuilder(padRight("  " + tally.scope(), width("  " + scope)));
            for (Grade grade : evaluated.rulebook().grades()) {
                row.append("  ").append(padLeft(Integer.toString(tally.count(grade)), width(grade.display())));
            }
            line(row.toString());
        }
    }

    /** Columns as a fixed-width terminal shows them: a full-width (全角) character takes two. */
    static int width(String text) {
        return text.codePoints().map(c -> c < 0x1100 || c >= 0xFF61 && c <= 0xFF9F ? 1 : 2).sum();
    }

    private static String padLeft(String text, int width) {
        return " ".repeat(Math.max(0, width - width(text))) + text;
    }

    private static String padRight(String text, int width) {
        return text + " ".repeat(Math.max(0, width - width(text)));
    }

    /** @param mark after the code: {@code （再掲）} for a KPI printed again under another policy */
    private void target(TargetEvaluation evaluation, String indent, String mark) {
        NumericalTarget target = evaluation.target();
        line(indent + target.code() + mark + " " + target.name()
                + (target.statement().isEmpty() ? "" : "（" + target.statement() + "）")
                + "［" + target.periodKind().japanese() + (target.unit().isNone() ? "" : "・単位 " + target.unit()) + "］");
        String more = indent + "  ";
        // A sum's baseline is an earlier period's total: for reference, never subtracted.
        String baseline = target.aggregation() == Aggregation.CUMULATIVE ? "基準値（参考） " : "基準値 ";
        line(more + baseline + Figures.baseline(target) + " → 目標値 " + Figures.target(target)
                + target.reference().map(r -> "　参考 " + target.unit().format(r.quantity())
                        + "（" + target.periodKind().eraLabel(r.year()) + "）").orElse(""));
        if (!target.interim().isEmpty()) {
            line(more + "中間目標 " + ShapeTexts.interim(target));
        }
        line(more + target.periodKind().eraLabel(evaluation.year()) + "の実績 " + ShapeTexts.actualAndMeasured(evaluation)
                + evaluation.rate().map(r -> "　達成率 " + ShapeTexts.rate(evaluation)).orElse("")
                + evaluation.expected().map(e -> "　期待値 " + e.format()).orElse("")
                + "　評価 " + evaluation.grade().grade().display() + " " + evaluation.grade().reason());
        evaluation.projection().ifPresent(p -> line(more + "達成見込み " + Figures.projected(target, p.value())
                + "（" + target.periodKind().eraLabel(p.year()) + "）" + p.verdict()));
        TargetNotes.of(target).forEach(note -> line(more + "注 " + note.text()));
    }

    private void policy(EvaluatedPlan evaluated, Policy policy) {
        line("    " + policy.code() + " (" + policy.number() + ") " + policy.title());
        List<TargetEvaluation> kpis = evaluated.evaluations(policy);
        if (!kpis.isEmpty()) {
            GradeTally tally = evaluated.kpiTally(policy);
            StringBuilder counts = new StringBuilder();
            for (Grade grade : evaluated.rulebook().grades()) {
                counts.append(counts.length() == 0 ? "" : "・").append(grade.code()).append(' ').append(tally.count(grade));
            }
            line("      重要業績評価指標（KPI） " + counts);
            kpis.forEach(evaluation -> target(evaluation, KPI,
                    policy.targets().contains(evaluation.target()) ? "" : "（再掲）"));
        }
        if (policy.measures().isEmpty()) {
            line("      （計画に具体的な取組の記載なし）");
        }
        for (Measure measure : policy.measures()) {
            line("      " + measure.code() + " " + (measure.isNew() ? "[新規] " : "") + measure.title()
                    + measure.department().map(d -> "（担当: " + d + "）").orElse(""));
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
