package io.github.senryaku.batch.importing;

import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.StrategyPlan;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's targets and measures by code, and the nearest code to a mistyped one. One catalog serves every
 * file of a run that reports on the plan ({@link PlanCatalogs}), on several threads: its maps are filled once
 * in the constructor, and the caches that fill as files are read are concurrent maps.
 */
public final class PlanCatalog {

    private final StrategyPlan plan;
    private final Map<PlanCode, NumericalTarget> targets = new LinkedHashMap<>();
    private final Map<PlanCode, Measure> measures = new LinkedHashMap<>();
    private final Map<PlanCode, Integer> positions = new java.util.HashMap<>();
    private final int firstYear;
    private final int years;
    /** Codes as typed, parsed once: a file repeats each code once per year. Bounded against garbage input. */
    private final Map<String, Optional<PlanCode>> parsed = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARSED_LIMIT = 200_000;

    private final io.github.senryaku.model.plan.PlanHistory history;
    /**
     * The targets of each version of the plan, by code, looked up once per row of a file. A version is how many
     * revisions are in force: the years between two revisions share one map (a national roll-up's 43,525
     * targets × 20 years were 870,000 map entries, 30 MB of a 256 MB heap, for one version).
     */
    private final Map<Integer, Map<PlanCode, NumericalTarget>> targetsByVersion =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<io.github.senryaku.model.time.FiscalYear, Integer> versionIn =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A plan as written: its codes are those of every version (a revision adds codes, never reuses one). */
    public PlanCatalog(StrategyPlan plan) {
        this.plan = plan;
        this.history = plan.history();
        history.targetsEver().forEach(target -> targets.put(target.code(), target));
        plan.measures().forEach(measure -> measures.put(measure.code(), measure));
        plan.revisions().stream().flatMap(revision -> revision.changes().stream())
                .filter(io.github.senryaku.model.plan.RevisionChange.MeasureAdded.class::isInstance)
                .map(change -> ((io.github.senryaku.model.plan.RevisionChange.MeasureAdded) change).measure())
                .forEach(measure -> measures.putIfAbsent(measure.code(), measure));
        targets.keySet().forEach(code -> positions.put(code, positions.size()));
        measures.keySet().forEach(code -> positions.put(code, positions.size()));
        firstYear = Math.min(plan.period().from().gregorianYear(),
                plan.targets().mapToInt(t -> t.baseline().year().gregorianYear()).min().orElse(Integer.MAX_VALUE));
        int lastYear = Math.max(plan.period().to().gregorianYear(),
                plan.targets().mapToInt(t -> t.target().year().gregorianYear()).max().orElse(Integer.MIN_VALUE));
        years = lastYear - firstYear + 1;
    }

    /**
     * A dense number for a target's or measure's year, for a bit set of the keys seen in a file: the
     * plan's codes times its years (50,000 targets × 21 years is 1,050,000 bits, 128 KB).
     */
    public int keyIndex(PlanCode code, io.github.senryaku.model.time.FiscalYear year) {
        return positions.get(code) * years + (year.gregorianYear() - firstYear);
    }

    /** {@link PlanCode#parse}, remembered for the codes the run's files use. */
    public Optional<PlanCode> parse(String typed) {
        Optional<PlanCode> code = parsed.get(typed);
        if (code == null) {
            code = PlanCode.parse(typed);
            if (parsed.size() < PARSED_LIMIT) {
                parsed.put(typed, code);
            }
        }
        return code;
    }

    public StrategyPlan plan() {
        return plan;
    }

    /** The target as the version in force in the year has it (a revised value, a new name). */
    public Optional<NumericalTarget> targetIn(io.github.senryaku.model.plan.TargetCode code,
            io.github.senryaku.model.time.FiscalYear year) {
        int version = versionIn.computeIfAbsent(year, y -> plan.revisionsBy(y).size());
        return Optional.ofNullable(targetsByVersion.computeIfAbsent(version, v -> targetsByCode(year)).get(code))
                .or(() -> target(code));
    }

    /**
     * The version's targets by code, the first of a code winning as {@link StrategyPlan#target} has it; a map,
     * because {@code target} walks every target (a national roll-up's 50,000 for each of a million rows).
     */
    private Map<PlanCode, NumericalTarget> targetsByCode(io.github.senryaku.model.time.FiscalYear year) {
        Map<PlanCode, NumericalTarget> byCode = new java.util.HashMap<>();
        plan.inForce(year).targets().forEach(target -> byCode.putIfAbsent(target.code(), target));
        return byCode;
    }

    /** The revision that retired (廃止) a target or measure by the year, if one did. */
    public Optional<io.github.senryaku.model.plan.PlanRevision> retiredBy(PlanCode code,
            io.github.senryaku.model.time.FiscalYear year) {
        return history.retirement(code).filter(revision -> revision.isInForceIn(year));
    }

    public Optional<NumericalTarget> target(PlanCode code) {
        return Optional.ofNullable(targets.get(code));
    }

    public Optional<Measure> measure(PlanCode code) {
        return Optional.ofNullable(measures.get(code));
    }

    /** A hint naming the closest code of the plan, e.g. 「T3-1」ではありませんか. */
    public String suggestion(String typed, boolean target) {
        List<String> codes = (target ? targets.keySet() : measures.keySet()).stream().map(PlanCode::text).toList();
        String normalized = PlanCode.normalize(typed);
        Optional<String> nearest = codes.stream().min(Comparator.comparingInt(code -> distance(code, normalized)));
        return nearest.filter(code -> distance(code, normalized) <= 2)
                .map(code -> "「" + code + "」ではありませんか？")
                .orElse("")
                + "計画の" + (target ? "指標コード" : "取組コード") + ": " + String.join(", ", codes.size() > 12
                ? codes.subList(0, 12) : codes) + (codes.size() > 12 ? " ほか" : "");
    }

    /** Levenshtein distance: how many single-character edits turn one code into the other. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
