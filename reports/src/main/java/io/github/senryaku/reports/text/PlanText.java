package io.github.senryaku.reports.text;

import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.GlossaryTerm;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.reports.format.Figures;

/**
 * The evaluated plan as Japanese text for the console: header, grade tallies per 基本目標, each goal's
 * numerical targets with their evaluation, its policies and measures, and the glossary.
 */
public final class PlanText {

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
        tallies(evaluated);
        for (BasicGoal goal : plan.goals()) {
            line("");
            line("【" + goal.heading() + "】" + goal.code() + " " + goal.title());
            line("  数値目標");
            evaluated.evaluations(goal).forEach(this::target);
            line("  主要施策");
            goal.policies().forEach(this::policy);
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

    private void tallies(EvaluatedPlan evaluated) {
        line("評価の集計（" + evaluated.year().eraLabel() + "）");
        StringBuilder header = new StringBuilder("  基本目標");
        for (Grade grade : evaluated.rulebook().grades()) {
            header.append("  ").append(grade.display());
        }
        line(header.toString());
        for (GradeTally tally : evaluated.tallies()) {
            StringBuilder row = new StringBuilder(padRight("  " + tally.scope(), width("  基本目標")));
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

    private void target(TargetEvaluation evaluation) {
        NumericalTarget target = evaluation.target();
        line("    " + target.code() + " " + target.name()
                + (target.statement().isEmpty() ? "" : "（" + target.statement() + "）")
                + "［" + target.periodKind().japanese() + (target.unit().isNone() ? "" : "・単位 " + target.unit()) + "］");
        line("      基準値 " + Figures.baseline(target) + " → 目標値 " + Figures.target(target)
                + target.reference().map(r -> "　参考 " + target.unit().format(r.quantity())
                        + "（" + target.periodKind().eraLabel(r.year()) + "）").orElse(""));
        line("      " + target.periodKind().eraLabel(evaluation.year()) + "の実績 " + Figures.actual(evaluation)
                + evaluation.rate().map(r -> "　達成率 " + r.format()).orElse("")
                + evaluation.expected().map(e -> "　期待値 " + e.format()).orElse("")
                + "　評価 " + evaluation.grade().grade().display() + " " + evaluation.grade().reason());
        evaluation.projection().ifPresent(p -> line("      達成見込み " + Figures.projected(target, p.value())
                + "（" + target.periodKind().eraLabel(p.year()) + "）" + p.verdict()));
    }

    private void policy(Policy policy) {
        line("    " + policy.code() + " (" + policy.number() + ") " + policy.title());
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
