package io.github.senryaku.model.planfile;

import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.PolicyCode;
import io.github.senryaku.model.plan.TargetCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codes a plan file claims, original and added by revisions, to report a duplicate with both lines; the
 * reprints to check once every KPI is read; and where the file points at other plans ({@code continues},
 * {@code baseline.from}), with their lines, for the checks across plans.
 */
final class FileCodes {

    /** {@code continues: T3-1} on a target. */
    record Continuation(TargetCode target, TargetCode continues, int line, String field) {
    }

    /** {@code baseline: {from: kanazawa-2nd/T3-1, year: R6}} on a target. */
    record BaselineSource(TargetCode target, Baseline.Inherited baseline, int line, String field) {
    }

    private record Reprint(TargetCode code, PolicyCode under, YamlMap map) {
    }

    private final Problems problems;
    private final Map<PlanCode, Integer> lines = new HashMap<>();
    private final List<Reprint> reprints = new ArrayList<>();
    private final List<Continuation> continuations = new ArrayList<>();
    private final List<BaselineSource> baselineSources = new ArrayList<>();

    FileCodes(Problems problems) {
        this.problems = problems;
    }

    <C extends PlanCode> Optional<C> read(YamlMap map, Class<C> type, String expected) {
        return map.text("code", true).flatMap(text -> {
            Optional<PlanCode> code = PlanCode.parse(text);
            if (code.isEmpty() || !type.isInstance(code.get())) {
                problems.error(map.line("code"), map.field("code"), text, "コードの形が正しくありません", "例: " + expected);
                return Optional.empty();
            }
            return claim(type.cast(code.get()), map, "code") ? Optional.of(type.cast(code.get())) : Optional.empty();
        });
    }

    boolean claim(PlanCode code, YamlMap map, String key) {
        Integer earlier = lines.putIfAbsent(code, map.line(key));
        if (earlier != null) {
            problems.error(map.line(key), map.field(key), code.text(),
                    "コード " + code.text() + " が重複しています（" + earlier + "行目と同じ）", "コードは計画の中で一意にしてください");
            return false;
        }
        return true;
    }

    /** The line a code was first written on, if the file has it anywhere. */
    Optional<Integer> lineOf(PlanCode code) {
        return Optional.ofNullable(lines.get(code));
    }

    /** {@code - sameAs: K1-2-1}: a KPI of another policy printed again (再掲); checked once every KPI is read. */
    Optional<TargetCode> reprint(YamlMap map, PolicyCode under) {
        map.allowOnly(Set.of("sameAs"));
        return map.text("sameAs", true).flatMap(text -> {
            Optional<PlanCode> code = PlanCode.parse(text);
            if (code.isEmpty() || !(code.get() instanceof TargetCode target) || target.policyCode().isEmpty()) {
                problems.error(map.line("sameAs"), map.field("sameAs"), text, "再掲（sameAs）には別の施策の KPI のコードを書きます",
                        "例: K1-2-1");
                return Optional.empty();
            }
            reprints.add(new Reprint(target, under, map));
            return Optional.of(target);
        });
    }

    void checkReprints() {
        for (Reprint reprint : reprints) {
            String text = reprint.code().text();
            if (!lines.containsKey(reprint.code())) {
                problems.error(reprint.map().line("sameAs"), reprint.map().field("sameAs"), text,
                        "再掲（sameAs）の KPI " + text + " が計画にありません", "");
            } else if (reprint.code().policyCode().orElseThrow().equals(reprint.under())) {
                problems.error(reprint.map().line("sameAs"), reprint.map().field("sameAs"), text,
                        "再掲（sameAs）は別の施策の KPI を指します（" + text + " はこの施策の KPI です）", "");
            }
        }
    }

    boolean belongs(YamlMap map, boolean belongs, String rule) {
        if (!belongs) {
            problems.error(map.line("code"), map.field("code"), map.text("code", false).orElse(""),
                    "コードが所属と合いません", rule);
        }
        return belongs;
    }

    void continuation(Continuation continuation) {
        continuations.add(continuation);
    }

    void baselineSource(BaselineSource source) {
        baselineSources.add(source);
    }

    List<Continuation> continuations() {
        return List.copyOf(continuations);
    }

    List<BaselineSource> baselineSources() {
        return List.copyOf(baselineSources);
    }
}
