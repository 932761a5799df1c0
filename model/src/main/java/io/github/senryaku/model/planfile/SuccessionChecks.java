package io.github.senryaku.model.planfile;

import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanHistory;
import io.github.senryaku.model.plan.PlanRevision;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.time.FiscalYear;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a plans folder needs beyond each file's own: one file per plan code, successions that end (no
 * plan named that is not in the folder, no cycle), and lineage that names what the earlier plans have had.
 * Each problem is located in the file that names the missing thing, at the line that names it.
 */
final class SuccessionChecks {

    private final Map<String, LoadedPlan> byCode;
    private final List<Problem> problems = new ArrayList<>();

    private SuccessionChecks(Map<String, LoadedPlan> byCode) {
        this.byCode = byCode;
    }

    /**
     * @param byCode filled with the plans by code, the first file of a code kept when two share one
     */
    static List<Problem> check(List<LoadedPlan> plans, Map<String, LoadedPlan> byCode) {
        SuccessionChecks checks = new SuccessionChecks(byCode);
        for (LoadedPlan plan : plans) {
            LoadedPlan first = byCode.putIfAbsent(plan.code(), plan);
            if (first != null) {
                checks.error(plan, plan.codeLine(), "plan.code", plan.code(), "計画コード " + plan.code() + " が "
                        + first.label() + "（" + first.codeLine() + "行目）と重複しています", "計画コードはフォルダの中で一意にします");
            }
        }
        for (LoadedPlan plan : plans) {
            if (byCode.get(plan.code()) == plan) {
                checks.predecessor(plan);
                checks.baselineSources(plan);
            }
        }
        checks.cycles();
        return checks.problems;
    }

    private void predecessor(LoadedPlan plan) {
        Optional<String> succeeds = plan.plan().succeeds();
        if (succeeds.isEmpty()) {
            return;
        }
        LoadedPlan predecessor = byCode.get(succeeds.get());
        if (predecessor == null) {
            error(plan, plan.succeedsLine(), "plan.succeeds", succeeds.get(), "前の計画 " + succeeds.get() + " が計画フォルダにありません",
                    "フォルダにある計画: " + String.join(", ", byCode.keySet()));
            return;
        }
        PlanHistory history = predecessor.plan().history();
        for (FileCodes.Continuation continuation : plan.continuations()) {
            if (history.lastVersionOf(continuation.continues()).isEmpty()) {
                error(plan, continuation.line(), continuation.field(), continuation.continues().text(),
                        "前の計画 " + succeeds.get() + " に " + continuation.continues().text() + " がありません", "");
            }
        }
    }

    /** {@code baseline.from}: a plan of the folder, a target it has had, and a year that target was reported in. */
    private void baselineSources(LoadedPlan plan) {
        for (FileCodes.BaselineSource source : plan.baselineSources()) {
            String from = source.baseline().plan();
            LoadedPlan earlier = byCode.get(from);
            if (earlier == null) {
                error(plan, source.line(), source.field(), source.baseline().source(), "基準値の from の計画 " + from
                        + " が計画フォルダにありません", "フォルダにある計画: " + String.join(", ", byCode.keySet()));
                continue;
            }
            PlanHistory history = earlier.plan().history();
            Optional<NumericalTarget> target = history.lastVersionOf(source.baseline().code());
            Optional<FiscalYear> retired = history.retirement(source.baseline().code()).map(PlanRevision::effective);
            if (target.isEmpty()) {
                error(plan, source.line(), source.field(), source.baseline().source(),
                        "計画 " + from + " に " + source.baseline().code().text() + " がありません", "");
            } else if (target.get().isMilestone()) {
                error(plan, source.line(), source.field(), source.baseline().source(),
                        source.baseline().source() + " は段階の目標なので、その実績を基準値にできません", "");
            } else if (source.baseline().year().isBefore(target.get().firstYearDue())
                    || source.baseline().year().isAfter(target.get().target().year())) {
                error(plan, source.line(), source.field(), source.baseline().year().eraLabel(), "基準値の年度が "
                        + source.baseline().source() + " の実績の年度（" + target.get().firstYearDue().eraLabel() + "～"
                        + target.get().target().year().eraLabel() + "）の外です", "");
            } else if (retired.filter(year -> !source.baseline().year().isBefore(year)).isPresent()) {
                error(plan, source.line(), source.field(), source.baseline().source(), source.baseline().source() + " は"
                        + retired.get().eraLabel() + "から廃止されているため、" + source.baseline().year().eraLabel()
                        + "の実績がありません", "");
            }
        }
    }

    /** A chain of {@code succeeds} that comes back to where it started, reported once at its first file. */
    private void cycles() {
        Set<String> reported = new LinkedHashSet<>();
        for (LoadedPlan start : byCode.values()) {
            List<String> chain = new ArrayList<>(List.of(start.code()));
            Optional<String> next = start.plan().succeeds();
            while (next.isPresent() && byCode.containsKey(next.get()) && !chain.contains(next.get())) {
                chain.add(next.get());
                next = byCode.get(next.get()).plan().succeeds();
            }
            if (next.filter(start.code()::equals).isPresent() && chain.stream().noneMatch(reported::contains)) {
                reported.addAll(chain);
                chain.add(start.code());
                error(start, start.succeedsLine(), "plan.succeeds", start.plan().succeeds().get(),
                        "計画の引き継ぎ（succeeds）が循環しています: " + String.join(" → ", chain), "どれかの succeeds を直します");
            }
        }
    }

    private void error(LoadedPlan plan, int line, String field, String input, String message, String hint) {
        Problems found = new Problems(plan.label());
        found.error(line, field, input, message, hint);
        problems.addAll(found.all());
    }
}
