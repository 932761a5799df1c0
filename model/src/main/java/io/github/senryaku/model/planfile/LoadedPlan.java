package io.github.senryaku.model.planfile;

import io.github.senryaku.model.plan.StrategyPlan;
import java.util.List;

/**
 * A plan read from its file, with where the file names other plans, so that the checks across a plans
 * folder can point at the line to fix.
 *
 * @param label         how messages name the file
 * @param codeLine      the line of {@code plan.code}
 * @param succeedsLine  the line of {@code plan.succeeds}, when the plan names a predecessor
 * @param continuations every {@code continues:}, the original targets' and those revisions add
 * @param baselineSources every {@code baseline.from}
 */
record LoadedPlan(StrategyPlan plan, String label, int codeLine, int succeedsLine,
        List<FileCodes.Continuation> continuations, List<FileCodes.BaselineSource> baselineSources) {

    LoadedPlan {
        continuations = List.copyOf(continuations);
        baselineSources = List.copyOf(baselineSources);
    }

    String code() {
        return plan.code();
    }
}
