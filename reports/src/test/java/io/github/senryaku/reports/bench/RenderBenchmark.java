package io.github.senryaku.reports.bench;

import io.github.senryaku.model.evaluation.ActualSeries;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.GoalCode;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.PolicyCode;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.plan.Unit;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.PeriodKind;
import io.github.senryaku.reports.pdf.AnnualReportPdf;
import io.github.senryaku.reports.pdf.ReportFont;
import io.github.senryaku.reports.snapshot.MeasureReport;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.xlsx.AnnualReportWorkbook;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders a synthetic plan of TARGETS numerical targets and MEASURES measures (10 goals, 8 policies each)
 * with five years of actuals: {@code RenderBenchmark pdf|xlsx OUT TARGETS MEASURES}. Prints seconds and,
 * for the PDF, pages and pages per second. Run by bench/report-benchmark.sh, which adds peak RSS.
 */
public final class RenderBenchmark {

    private static final int GOALS = 10;
    private static final int POLICIES_PER_GOAL = 8;

    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String format = args[0];
        Path out = Path.of(args[1]);
        int targets = Integer.parseInt(args[2]);
        int measures = Integer.parseInt(args[3]);
        long start = System.nanoTime();
        ReportSnapshot snapshot = snapshot(targets, measures);
        double built = (System.nanoTime() - start) / 1e9;
        long renderStart = System.nanoTime();
        int pages = 0;
        try (OutputStream stream = Files.newOutputStream(out)) {
            if (format.equals("pdf")) {
                pages = new AnnualReportPdf(ReportFont.bundled()).render(snapshot, stream).pages();
            } else {
                AnnualReportWorkbook.write(snapshot, stream);
            }
        }
        double seconds = (System.nanoTime() - renderStart) / 1e9;
        System.out.printf("format=%s targets=%d measures=%d snapshot_s=%.2f render_s=%.2f pages=%d pages_per_s=%.1f bytes=%d%n",
                format, targets, measures, built, seconds, pages, pages / seconds, Files.size(out));
    }

    static ReportSnapshot snapshot(int targetCount, int measureCount) throws Exception {
        FiscalYear from = FiscalYear.of(2020);
        FiscalYear to = FiscalYear.of(2024);
        List<BasicGoal> goals = new ArrayList<>();
        Map<TargetCode, ActualSeries> actuals = new HashMap<>();
        List<MeasureReport> reports = new ArrayList<>();
        for (int g = 1; g <= GOALS; g++) {
            List<NumericalTarget> targets = new ArrayList<>();
            for (int t = 1; t <= targetCount / GOALS; t++) {
                TargetCode code = new TargetCode(g, t);
                targets.add(new NumericalTarget(code, "合成指標" + g + "-" + t + "（住民満足度など）", "", new Unit("件"),
                        Direction.INCREASE, PeriodKind.FISCAL_YEAR,
                        new Baseline.Figure(FiscalYear.of(2018), Quantity.exact("1000")),
                        new TargetValue.Figure(to, Quantity.exact("2000")), Optional.empty(), List.of()));
                TreeMap<FiscalYear, Reported> series = new TreeMap<>();
                for (int y = 2020; y <= 2024; y++) {
                    series.put(FiscalYear.of(y), new Reported.Figure(new Quantity(BigDecimal.valueOf(1000 + (y - 2019) * (100 + t % 150)), false)));
                }
                actuals.put(code, ActualSeries.of(series));
            }
            List<Policy> policies = new ArrayList<>();
            int perPolicy = measureCount / GOALS / POLICIES_PER_GOAL;
            for (int p = 1; p <= POLICIES_PER_GOAL; p++) {
                List<Measure> measures = new ArrayList<>();
                for (int m = 1; m <= perPolicy; m++) {
                    MeasureCode code = new MeasureCode(g, p, m);
                    measures.add(new Measure(code, "合成取組" + g + "-" + p + "-" + m + "：地域の担い手と連携した事業を実施し、成果を検証する",
                            m % 3 == 0, Optional.empty()));
                    reports.add(new MeasureReport(code, to, m % 4 == 0 ? "完了" : "実施中", "継続",
                            "地域の団体と協力して説明会を開催し、参加者の意見をもとに内容を見直した。",
                            "参加者数が前年度より一割増えた。", "若い世代の参加が少ない。", "合成課", "合成課_R6.xlsx"));
                }
                policies.add(new Policy(new PolicyCode(g, p), "合成施策" + g + "-" + p, measures));
            }
            goals.add(new BasicGoal(new GoalCode(g), "合成の基本目標" + g, targets, policies));
        }
        StrategyPlan plan = new StrategyPlan("synthetic", "合成計画（ベンチマーク用）", "合成市", new PlanPeriod(from, to), "", "",
                goals, List.of());
        return ReportSnapshot.of(plan, RulebookFileLoader.load(ProjectFiles.defaultRulebook()), to,
                new PlanActuals(actuals), reports, List.of(), List.of(), LocalDate.of(2025, 6, 30), true);
    }
}
