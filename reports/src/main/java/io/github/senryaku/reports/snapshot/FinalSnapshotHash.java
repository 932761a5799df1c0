package io.github.senryaku.reports.snapshot;

import static io.github.senryaku.reports.snapshot.SnapshotHash.line;

import io.github.senryaku.model.evaluation.TargetCourse;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.PlanRevision;
import io.github.senryaku.model.plan.RevisionChange;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The final report's fingerprint: SHA-256 over a canonical text in the annual snapshot's form
 * ({@link SnapshotHash}: one tab-separated line per fact, years as Gregorian numbers, fields escaped) with its
 * own first line, so a final and an annual report never share a hash. It holds the plan as written (goals,
 * policies, every target and measure it has had, each as first written, with its actuals), the revisions and
 * each change with its reason, the rulebook, which years were submitted, every measure report of the period,
 * the figures inherited baselines take, the successor's continuations, and whether the data is a sample. The
 * day the report is made is not part of it.
 */
final class FinalSnapshotHash {

    static final String VERSION = "senryaku-final-snapshot\t1";

    private FinalSnapshotHash() {
    }

    static String of(FinalReportSnapshot snapshot) {
        return SnapshotHash.sha256(canonical(snapshot));
    }

    static String canonical(FinalReportSnapshot snapshot) {
        StrategyPlan plan = snapshot.plan();
        Stream.Builder<String> lines = Stream.builder();
        lines.add(VERSION);
        lines.add(line("plan", plan.code(), plan.title(), plan.municipality(), plan.period().from(), plan.period().to()));
        SnapshotHash.rulebook(snapshot.rulebook(), lines);
        lines.add(line("sample", snapshot.sample()));
        for (FiscalYear year : snapshot.years()) {
            lines.add(line("submitted", year, !snapshot.isMissing(year)));
        }
        plan.goals().forEach(goal -> {
            lines.add(line("goal", goal.code().text(), goal.title()));
            goal.policies().forEach(policy -> lines.add(line("policy", policy.code().text(), policy.title())));
        });
        // Targets and measures as first written: the revisions below say what became of them.
        plan.history().targetsEver().forEach(target -> SnapshotHash.target(target,
                snapshot.actuals().of(target.code()).byYear(), lines));
        for (PlanRevision revision : snapshot.revisions()) {
            lines.add(line("revision", revision.effective(), revision.title(), revision.note()));
            revision.changes().forEach(change -> lines.add(line("change", revision.effective(), change.code().text(),
                    change.describe(), change.reason(), change instanceof RevisionChange.TargetRetargeted retargeted
                            ? retargeted.note() : "")));
        }
        for (Measure measure : plan.history().measuresEver().toList()) {
            lines.add(SnapshotHash.measure(measure));
            for (FiscalYear year : snapshot.years()) {
                snapshot.measureReport(measure, year).ifPresent(report -> lines.add(line("report", report.code().text(),
                        year, report.status(), report.direction(), report.content(), report.result(), report.issue(),
                        report.department())));
            }
        }
        // Inherited baselines have no order of their own: sorted, like the annual snapshot's budget lines.
        snapshot.actuals().inheritedBaselines().entrySet().stream()
                .map(entry -> line("inherited", entry.getKey().text(), SnapshotHash.reported(entry.getValue())))
                .sorted().forEach(lines::add);
        snapshot.successor().ifPresent(next -> {
            lines.add(line("successor", next.code(), next.title(), next.period().from(), next.period().to()));
            for (TargetCourse course : snapshot.targets()) {
                snapshot.continuation(course.target().code()).ifPresent(target -> lines.add(line("continues",
                        course.target().code().text(), next.code(), target.code().text(), target.name())));
            }
        });
        return lines.build().collect(Collectors.joining("\n", "", "\n"));
    }
}
