package io.github.senryaku.model.planfile;

import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.PlanRevision;
import io.github.senryaku.model.plan.RevisionChange;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a plan file's {@code revisions:} against the plan the rest of the file writes. Each change is
 * applied as soon as it is read, so every later change — in the same revision or a later one — is checked
 * against the plan as the changes before it left it, which is what {@code StrategyPlan.inForce} will do.
 */
final class RevisionReader {

    private final Problems problems;
    private final PlanPeriod period;
    private final ChangeReader changes;
    private StrategyPlan plan;
    private Optional<FiscalYear> previous = Optional.empty();
    private int previousLine;

    private RevisionReader(StrategyPlan original, FileCodes codes, Problems problems) {
        this.problems = problems;
        this.period = original.period();
        this.changes = new ChangeReader(codes, period);
        this.plan = original;
    }

    /** The revisions, in the file's order; a revision with any problem is left out (and the file refused). */
    static List<PlanRevision> read(List<YamlMap> maps, StrategyPlan original, FileCodes codes, Problems problems) {
        RevisionReader reader = new RevisionReader(original, codes, problems);
        List<PlanRevision> revisions = new ArrayList<>();
        for (YamlMap map : maps) {
            reader.revision(map).ifPresent(revisions::add);
        }
        return revisions;
    }

    private Optional<PlanRevision> revision(YamlMap map) {
        int before = problems.count();
        map.allowOnly(Set.of("effective", "title", "note", "changes"));
        Optional<FiscalYear> effective = map.year("effective", true);
        Optional<String> title = map.text("title", true);
        String note = map.text("note", false).orElse("");
        effective.ifPresent(year -> checkYear(map, year));
        List<YamlMap> changeMaps = map.maps("changes", true);
        if (changeMaps.isEmpty() && map.has("changes")) {
            problems.error(map.line("changes"), map.field("changes"), "", "改訂に変更（changes）が1つもありません", "");
        }
        List<RevisionChange> made = new ArrayList<>();
        for (YamlMap change : changeMaps) {
            for (RevisionChange read : changes.read(change, plan, effective)) {
                apply(change, read).ifPresent(made::add);
            }
        }
        if (problems.count() > before || effective.isEmpty() || title.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlanRevision(effective.get(), title.get(), note, made));
    }

    /** Inside the period, and after the revision before it: the file lists revisions in the order they hold. */
    private void checkYear(YamlMap map, FiscalYear effective) {
        if (effective.isBefore(period.from()) || effective.isAfter(period.to())) {
            problems.error(map.line("effective"), map.field("effective"), effective.eraLabel(),
                    "改訂の効力年度が計画期間（" + period.from().eraLabel() + "～" + period.to().eraLabel() + "）の"
                            + (effective.isBefore(period.from()) ? "始まりより前" : "終わりより後") + "です", "");
        } else if (previous.filter(p -> !effective.isAfter(p)).isPresent()) {
            boolean same = previous.get().equals(effective);
            problems.error(map.line("effective"), map.field("effective"), effective.eraLabel(), same
                    ? "同じ年度（" + effective.eraLabel() + "）から効力を持つ改訂が" + previousLine + "行目にもあります"
                    : "改訂が効力年度の順に並んでいません（" + previousLine + "行目の改訂は" + previous.get().eraLabel() + "から）",
                    same ? "1つの改訂にまとめます" : "効力年度の早い改訂から順に書きます");
        }
        previous = Optional.of(effective);
        previousLine = map.line("effective");
    }

    private Optional<RevisionChange> apply(YamlMap map, RevisionChange change) {
        try {
            plan = change.applyTo(plan);
            return Optional.of(change);
        } catch (IllegalArgumentException unfit) {
            // The checks above are meant to catch everything first; this names the change if one slips through.
            problems.error(map.line(), map.path(), change.code().text(), "この変更は計画に当てはめられません（" + unfit.getMessage() + "）", "");
            return Optional.empty();
        }
    }
}
