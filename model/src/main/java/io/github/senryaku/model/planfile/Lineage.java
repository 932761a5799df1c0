package io.github.senryaku.model.planfile;

import java.util.Optional;

/**
 * The checks of a plan's lineage that one file can make alone: a plan does not succeed itself, a target
 * continues one only when the plan names the plan it succeeds, and a baseline is not "inherited" from the
 * plan's own actual. Whether the plans and codes named exist is for {@link PlanLibrary}, which sees them all.
 */
final class Lineage {

    private Lineage() {
    }

    static void checkSucceeds(YamlMap plan, String code, Optional<String> succeeds) {
        if (succeeds.filter(code::equals).isPresent()) {
            plan.problems().error(plan.line("succeeds"), plan.field("succeeds"), succeeds.get(),
                    "前の計画（succeeds）にこの計画自身（" + code + "）を書いています", "引き継ぐ前の計画のコードを書きます");
        }
    }

    static void checkReferences(String code, Optional<String> succeeds, FileCodes codes, Problems problems) {
        if (succeeds.isEmpty()) {
            for (FileCodes.Continuation continuation : codes.continuations()) {
                problems.error(continuation.line(), continuation.field(), continuation.continues().text(),
                        "continues（前の計画の目標）を書くには、前の計画のコードを plan.succeeds に書きます", "例: succeeds: kanazawa-2nd");
            }
        }
        for (FileCodes.BaselineSource source : codes.baselineSources()) {
            if (source.baseline().plan().equals(code)) {
                problems.error(source.line(), source.field(), source.baseline().source(),
                        "基準値の from がこの計画自身（" + code + "）を指しています",
                        "この計画の実績を基準値にするときは pending: true と書きます");
            }
        }
    }
}
