package io.github.senryaku.reports.html;

import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.JapaneseDates;
import io.github.senryaku.reports.format.MissingList;
import io.github.senryaku.reports.format.MoneyTexts;
import io.github.senryaku.reports.format.ReportTerms;
import io.github.senryaku.reports.format.ShapeRules;
import io.github.senryaku.reports.format.TallyTexts;
import io.github.senryaku.reports.pdf.AnnualReportPdf;
import io.github.senryaku.reports.snapshot.BudgetLine;
import io.github.senryaku.reports.snapshot.Money;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.model.plan.GlossaryTerm;
import java.util.ArrayList;
import java.util.List;

/** The site's pages and their table of contents, each page's record made from the snapshot. */
final class Site {

    static final String INDEX = "index.html";
    static final String OVERALL = "overall.html";
    static final String BUDGET = "budget.html";
    static final String MISSING = "missing.html";
    static final String GLOSSARY = "glossary.html";

    private final ReportSnapshot snapshot;
    private final List<NavLink> contents = new ArrayList<>();

    Site(ReportSnapshot snapshot) {
        this.snapshot = snapshot;
        contents.add(new NavLink(INDEX, "概要", false));
        if (!snapshot.plan().overallTargets().isEmpty()) {
            contents.add(new NavLink(OVERALL, "全体目標", false));
        }
        snapshot.plan().goals().forEach(goal -> contents.add(new NavLink(goalFile(goal), goalTitle(goal), false)));
        contents.add(new NavLink(BUDGET, "予算・決算の状況", false));
        contents.add(new NavLink(MISSING, "未提出一覧", false));
        contents.add(new NavLink(GLOSSARY, "評価基準と用語集", false));
    }

    static String goalFile(BasicGoal goal) {
        return "goal-" + goal.number() + ".html";
    }

    private static String goalTitle(BasicGoal goal) {
        return goal.heading() + "　" + goal.title();
    }

    /** The frame of the page in {@code file}: its entry of the contents is marked as the current one. */
    private Frame frame(String file) {
        List<NavLink> nav = contents.stream().map(link -> new NavLink(link.href(), link.label(), link.href().equals(file)))
                .toList();
        String title = contents.stream().filter(link -> link.href().equals(file)).findFirst().orElseThrow().label();
        return new Frame(title, AnnualReportPdf.title(snapshot), snapshot.yearLine(), JapaneseDates.format(snapshot.madeOn()),
                snapshot.plan().municipality(), snapshot.sample() ? ReportTerms.SAMPLE_NOTICE : "", snapshot.sha256(), nav);
    }

    IndexPage index(List<Download> downloads) {
        List<String> goals = snapshot.plan().goals().stream().map(BasicGoal::heading).toList();
        boolean overall = !snapshot.plan().overallTargets().isEmpty();
        boolean kpis = snapshot.plan().kpis().findAny().isPresent();
        String yearHeader = snapshot.year().eraLabel() + "の実績値";
        List<SummaryList> lists = new ArrayList<>();
        if (overall) {
            lists.add(new SummaryList("全体目標の一覧", yearHeader, rows(snapshot.plan().overallTargets(), OVERALL)));
        }
        // A goal's 数値目標 and KPIs are on its page; the lists follow the plan's order, as the PDF's do.
        java.util.Map<io.github.senryaku.model.plan.TargetCode, String> pageOf = new java.util.HashMap<>();
        for (BasicGoal goal : snapshot.plan().goals()) {
            goal.targets().forEach(target -> pageOf.put(target.code(), goalFile(goal)));
            goal.kpis().forEach(kpi -> pageOf.put(kpi.code(), goalFile(goal)));
        }
        List<SummaryRow> targets = snapshot.plan().numericalTargets()
                .map(target -> SummaryRow.of(snapshot, target, pageOf.get(target.code()))).toList();
        List<SummaryRow> kpiRows = snapshot.plan().kpis()
                .map(kpi -> SummaryRow.of(snapshot, kpi, pageOf.get(kpi.code()))).toList();
        lists.add(new SummaryList("数値目標の一覧", yearHeader, targets));
        if (kpis) {
            lists.add(new SummaryList("重要業績評価指標（KPI）の一覧", yearHeader, kpiRows));
        }
        return new IndexPage(frame(INDEX), AnnualReportPdf.title(snapshot), List.copyOf(downloads),
                overall ? TallyTable.of(snapshot, "全体目標の評価の件数", "区分", List.of("全体目標"),
                        List.of(snapshot.evaluated().overallTally()), false) : null,
                TallyTexts.targetsIntro(snapshot),
                TallyTable.of(snapshot, "基本目標ごとの数値目標の評価の件数", "基本目標", goals, snapshot.evaluated().tallies(), true),
                TallyChart.of(snapshot), kpis ? TallyTexts.kpisIntro(snapshot) : "",
                kpis ? TallyTable.of(snapshot, "基本目標ごとのKPIの評価の件数", "基本目標", goals, snapshot.evaluated().kpiTallies(), true)
                        : null,
                CouncilView.overall(snapshot.plan(), snapshot.council().overall()), lists);
    }

    private List<SummaryRow> rows(List<NumericalTarget> targets, String page) {
        return targets.stream().map(target -> SummaryRow.of(snapshot, target, page)).toList();
    }

    OverallPage overall() {
        return new OverallPage(frame(OVERALL), "計画全体で目指す目標です。基本目標の数値目標とは別に評価しています。",
                snapshot.plan().overallTargets().stream().map(target -> TargetView.of(snapshot, target)).toList());
    }

    GoalPage goal(BasicGoal goal) {
        return new GoalPage(frame(goalFile(goal)), snapshot.year().eraLabel() + "の実績値",
                CouncilView.beside(snapshot.plan(), goal.code().text(), 2,
                        snapshot.council().about(new ReviewSubject.Goal(goal.code()))), goal.targets().stream().map(target -> TargetView.of(snapshot, target)).toList(),
                goal.policies().stream().map(policy -> PolicyView.of(snapshot, policy)).toList());
    }

    BudgetPage budget() {
        if (!snapshot.hasBudget()) {
            return new BudgetPage(frame(BUDGET), false, snapshot.year().label() + "の予算・決算（財政課）のデータは取り込まれていません。",
                    List.of(), List.of(), List.of());
        }
        List<BudgetPage.Line> goals = new ArrayList<>();
        Money total = Money.NONE;
        for (BasicGoal goal : snapshot.plan().goals()) {
            Money money = snapshot.budget(goal);
            total = total.plus(money);
            goals.add(line("", goalTitle(goal), money));
        }
        Money outside = snapshot.outsideStrategy().stream().reduce(Money.NONE, Money::plus, Money::plus);
        goals.add(line("", "戦略外（計画の取組に当たらない事業）", outside));
        goals.add(line("", "合計", total.plus(outside)));
        List<BudgetPage.Line> lines = new ArrayList<>();
        for (BudgetLine line : snapshot.outsideStrategy()) {
            lines.add(new BudgetPage.Line(line.projectCode(), line.projectName(), MoneyTexts.thousands(line.budget()),
                    MoneyTexts.thousands(line.spent()), ""));
        }
        List<BudgetPage.Line> unfunded = new ArrayList<>();
        for (Measure measure : snapshot.unfundedMeasures()) {
            unfunded.add(new BudgetPage.Line(measure.code().text(), measure.title(), "", "", ""));
        }
        return new BudgetPage(frame(BUDGET), true, snapshot.year().label()
                + "の事業別予算・決算（財政課）を、計画の取組に突き合わせて集計しました。金額は千円単位です。", goals, lines, unfunded);
    }

    private static BudgetPage.Line line(String code, String label, Money money) {
        return new BudgetPage.Line(code, label, MoneyTexts.thousands(money.budget()), MoneyTexts.thousands(money.spent()),
                MoneyTexts.rate(money));
    }

    MissingPage missing() {
        return new MissingPage(frame(MISSING), MissingList.intro(snapshot), MissingList.of(snapshot));
    }

    GlossaryPage glossary() {
        GradingRulebook rulebook = snapshot.rulebook();
        List<GlossaryPage.Band> bands = new ArrayList<>();
        rulebook.bands().forEach(band -> bands.add(new GlossaryPage.Band(band.grade().display(), band.description())));
        bands.add(new GlossaryPage.Band(ReportTerms.milestoneGrades(rulebook), ReportTerms.MILESTONE_RULE));
        bands.add(new GlossaryPage.Band(rulebook.unrated().display(), ReportTerms.UNRATED_RULE));
        List<GlossaryTerm> terms = new ArrayList<>(snapshot.plan().glossary());
        terms.addAll(ReportTerms.standard());
        return new GlossaryPage(frame(GLOSSARY), rulebook.name(), rulebook.description(), ReportTerms.bandsHeader(rulebook),
                bands, ReportTerms.RATE_RULE, ShapeRules.of(snapshot.plan(), rulebook), terms);
    }
}
