package io.github.senryaku.model.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.Direction;
import io.github.senryaku.model.plan.IndicatorKind;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule of the plan file, fed a file that breaks it; messages name file, line and field. */
class PlanFileLoaderTest {

    /** A small valid plan; line numbers below refer to this text. */
    static final String VALID = """
            plan:
              code: test
              title: テスト戦略
              municipality: 金沢市
              period: {from: R2, to: R6}
            goals:
              - number: 1
                title: 目標1
                targets:
                  - code: T1-1
                    name: 来訪者数
                    unit: 万人
                    direction: INCREASE
                    baseline: {year: H30, value: 1045}
                    target: {year: R6, value: 1121}
                policies:
                  - code: P1-1
                    title: 施策1
                    measures:
                      - code: M1-1-1
                        title: 取組1
                        new: true
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("plan.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    private List<Problem> problems(String yaml) throws Exception {
        Path file = write(yaml);
        InvalidFileException rejected = assertThrows(InvalidFileException.class, () -> PlanFileLoader.load(file, "plan.yaml"));
        return rejected.problems();
    }

    private static Problem only(List<Problem> problems) {
        return LocatedProblems.only(problems);
    }

    private static void assertAt(Problem problem, int line, String field, String messagePart) {
        LocatedProblems.assertAt(problem, "plan.yaml", line, field, messagePart);
    }

    @Test
    void validFile_loads() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(write(VALID));

        assertEquals("テスト戦略", plan.title());
        assertEquals("M1-1-1", plan.measures().findFirst().orElseThrow().code().text());
        assertTrue(plan.measures().findFirst().orElseThrow().isNew());
    }

    @Test
    void unknownKey_isNamedWithTheKeysThatExist() throws Exception {
        Problem problem = only(problems(VALID.replace("        unit: 万人\n", "        unit: 万人\n        units: 人\n")));

        assertAt(problem, 13, "goals[0].targets[0].units", "知らないキー");
        assertEquals("units", problem.input());
        assertTrue(problem.hint().contains("unit"), problem.hint());
    }

    @Test
    void duplicateCode_namesBothLines() throws Exception {
        String twice = VALID + "          - code: M1-1-1\n            title: 取組2\n";

        Problem problem = only(problems(twice));

        assertAt(problem, 23, "goals[0].policies[0].measures[1].code", "重複");
        assertTrue(problem.message().contains("20行目"), problem.message());
    }

    @Test
    void missingUnit_isAnError_andNullMeansNoUnit() throws Exception {
        Problem problem = only(problems(VALID.replace("        unit: 万人\n", "")));

        assertAt(problem, 10, "goals[0].targets[0].unit", "単位");
        assertTrue(problem.hint().contains("unit: null"), problem.hint());
        assertTrue(PlanFileLoader.load(write(VALID.replace("unit: 万人", "unit: null"))).targets().findFirst()
                .orElseThrow().unit().isNone());
    }

    @Test
    void targetYearOutsideThePlanPeriod_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("target: {year: R6, value: 1121}", "target: {year: R8, value: 1121}")));

        assertAt(problem, 15, "goals[0].targets[0].target.year", "計画期間");
        assertEquals("令和8年度", problem.input());
    }

    @Test
    void baselineAndTargetOfDifferentKinds_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("target: {year: R6, value: 1121}", "target: {year: R6, state: 整備}")));

        assertAt(problem, 15, "goals[0].targets[0].target", "種類が違います");
    }

    @Test
    void malformedYear_isQuoted() throws Exception {
        Problem problem = only(problems(VALID.replace("baseline: {year: H30", "baseline: {year: 平成三十")));

        assertAt(problem, 14, "goals[0].targets[0].baseline.year", "「平成三十」");
    }

    @Test
    void codeOfAnotherGoal_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("code: T1-1", "code: T2-1")));

        assertAt(problem, 10, "goals[0].targets[0].code", "所属");
    }

    @Test
    void directionAgainstTheFigures_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("direction: INCREASE", "direction: DECREASE")));

        assertAt(problem, 13, "goals[0].targets[0].direction", "DECREASE");
    }

    @Test
    void milestoneWithoutStates_isAnError() throws Exception {
        String milestone = VALID.replace("direction: INCREASE", "direction: MILESTONE")
                .replace("baseline: {year: H30, value: 1045}", "baseline: {year: H30, state: 未整備}")
                .replace("target: {year: R6, value: 1121}", "target: {year: R6, state: 整備}");

        Problem problem = only(problems(milestone));

        assertAt(problem, 10, "goals[0].targets[0].states", "states");
        assertTrue(PlanFileLoader.load(write(milestone.replace("direction: MILESTONE",
                "direction: MILESTONE\n        states: [未整備, 整備中, 整備]"))).targets().findFirst().orElseThrow()
                .baseline() instanceof Baseline.State);
    }

    @Test
    void manyMistakes_areAllReported() throws Exception {
        String bad = VALID.replace("        unit: 万人\n", "")
                .replace("target: {year: R6, value: 1121}", "target: {year: R9, value: 1121}")
                .replace("code: M1-1-1", "code: X1")
                .replace("title: テスト戦略", "titel: テスト戦略");

        List<Problem> problems = problems(bad);

        assertEquals(5, problems.size(), problems.toString()); // unknown titel, missing title, unit, code, year
    }

    @Test
    void yamlSyntaxError_isOneLocatedProblem() throws Exception {
        Problem problem = only(problems(VALID.replace("title: 施策1", "title: [施策1")));

        assertTrue(problem.message().contains("YAML"), problem::describe);
        assertTrue(((Location.Line) problem.location()).line() > 0, problem::describe);
    }

    @Test
    void missingFile_isAProblemNotAStackTrace() {
        InvalidFileException rejected = assertThrows(InvalidFileException.class,
                () -> PlanFileLoader.load(dir.resolve("none.yaml"), "none.yaml"));

        assertTrue(rejected.getMessage().startsWith("none.yaml: ファイルがありません"), rejected.getMessage());
    }

    @Test
    void notUtf8_isAProblemNotAStackTrace() throws Exception {
        Path file = dir.resolve("sjis.yaml");
        Files.write(file, VALID.getBytes(java.nio.charset.Charset.forName("Shift_JIS")));

        InvalidFileException rejected = assertThrows(InvalidFileException.class, () -> PlanFileLoader.load(file, "sjis.yaml"));

        assertTrue(rejected.getMessage().contains("UTF-8"), rejected.getMessage());
    }

    // ---- Target shapes of issue 11: keys after the target line (15) start at line 16 ----

    private static String withKeys(String... lines) {
        StringBuilder keys = new StringBuilder();
        for (String line : lines) {
            keys.append("        ").append(line).append('\n');
        }
        return VALID.replace("        target: {year: R6, value: 1121}\n", "        target: {year: R6, value: 1121}\n" + keys);
    }

    @Test
    void sampleShapesPlan_loadsEveryNewKey() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.config("plans/sample-shapes.yaml"));

        assertEquals(List.of("T0-1", "T0-2"), plan.overallTargets().stream().map(t -> t.code().text()).toList());
        assertEquals(List.of("T0-1", "T0-2", "T1-1", "T1-2", "K1-1-1", "K1-1-2", "K1-2-1", "T2-1", "T2-2", "K2-1-1",
                "K2-1-2", "K2-1-3"), plan.targets().map(t -> t.code().text()).toList());
        NumericalTarget sum = plan.target(new TargetCode(1, 1)).orElseThrow();
        assertEquals(Aggregation.CUMULATIVE, sum.aggregation());
        assertEquals(FiscalYear.parse("R3"), sum.countedFrom());
        assertEquals("2016～2020年度の累計", sum.baseline().note());
        assertEquals("令和3～8年度の累計", sum.target().note());
        assertEquals(FiscalYear.parse("R5"), sum.interim().get(0).year());
        NumericalTarget population = plan.target(new TargetCode(0, 2)).orElseThrow();
        assertEquals(Direction.MAINTAIN, population.direction());
        assertEquals(0, new BigDecimal("100000").compareTo(population.targetQuantity().orElseThrow().value()),
                "a MAINTAIN target without a value keeps its baseline");
        assertEquals(List.of(FiscalYear.parse("R2"), FiscalYear.parse("R7")), population.surveys().years());
        NumericalTarget fresh = plan.target(new TargetCode(1, 1, 2)).orElseThrow();
        assertTrue(fresh.baseline() instanceof Baseline.None);
        assertEquals("新規", fresh.baseline().note());
        assertEquals(FiscalYear.parse("R3"), fresh.firstYearDue());
        assertEquals("県の調査による参考値", fresh.reference().orElseThrow().note());
        NumericalTarget nursery = plan.target(new TargetCode(1, 2, 1)).orElseThrow();
        assertTrue(nursery.target() instanceof TargetValue.EachYear);
        assertEquals(FiscalYear.parse("R4"), nursery.countedFrom());
        assertTrue(plan.target(new TargetCode(2, 1, 2)).orElseThrow().target() instanceof TargetValue.Trend);
        Policy reprinting = plan.goals().get(1).policies().get(0);
        assertEquals(List.of("K2-1-1", "K2-1-2", "K2-1-3", "K1-2-1"),
                plan.kpisPrintedUnder(reprinting).stream().map(t -> t.code().text()).toList());
    }

    @Test
    void kanazawaPlan_keepsTheShapeOfEveryTarget() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.kanazawaPlan());

        assertTrue(plan.overallTargets().isEmpty());
        assertEquals(0, plan.kpis().count());
        assertTrue(plan.targets().allMatch(t -> t.aggregation() == Aggregation.LEVEL && t.surveys().everyYear()
                && t.interim().isEmpty() && t.countedFrom().equals(t.baseline().year().plus(1))));
    }

    @Test
    void unknownAggregation_isAnError() throws Exception {
        Problem problem = only(problems(withKeys("aggregation: TOTAL")));

        assertAt(problem, 16, "goals[0].targets[0].aggregation", "使えない値");
        assertTrue(problem.hint().contains("CUMULATIVE"), problem.hint());
    }

    @Test
    void fromOutsideThePeriod_isAnError() throws Exception {
        Problem problem = only(problems(withKeys("aggregation: CUMULATIVE", "from: R7")));

        assertAt(problem, 17, "goals[0].targets[0].from", "計画期間");
        assertEquals("令和7年度", problem.input());
    }

    @Test
    void surveyYearOutsideTheTargetsSpan_isAnError() throws Exception {
        Problem problem = only(problems(withKeys("surveyYears: [H30, R7]")));

        assertAt(problem, 16, "goals[0].targets[0].surveyYears", "調査年");
        assertEquals("令和7年度", problem.input());
    }

    @Test
    void surveyEvery_countsFromTheBaselineYear() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(write(withKeys("surveyEvery: 3")));

        assertEquals(List.of(FiscalYear.parse("H30"), FiscalYear.parse("R3"), FiscalYear.parse("R6")),
                plan.targets().findFirst().orElseThrow().surveys().years());
    }

    @Test
    void interimYearOutsideTheTargetsSpan_isAnError() throws Exception {
        Problem problem = only(problems(withKeys("interim: [{year: R6, value: 1100}]")));

        assertAt(problem, 16, "goals[0].targets[0].interim[0].year", "中間目標");
    }

    @Test
    void noBaselineTogetherWithAValue_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("baseline: {year: H30, value: 1045}", "baseline: {none: true, value: 1045}")));

        assertAt(problem, 14, "goals[0].targets[0].baseline", "none: true");
    }

    @Test
    void noBaselineWithAYear_isAnError_andWithANoteLoads() throws Exception {
        Problem problem = only(problems(VALID.replace("baseline: {year: H30, value: 1045}", "baseline: {none: true, year: H30}")));
        assertAt(problem, 14, "goals[0].targets[0].baseline.year", "none: true");

        NumericalTarget fresh = PlanFileLoader.load(write(VALID.replace("baseline: {year: H30, value: 1045}",
                "baseline: {none: true, note: 新規}"))).targets().findFirst().orElseThrow();
        assertEquals(new Baseline.None(FiscalYear.parse("R1"), "新規"), fresh.baseline());
    }

    @Test
    void toleranceOnATargetThatIsNotMaintain_isAnError() throws Exception {
        Problem problem = only(problems(withKeys("tolerance: 5")));

        assertAt(problem, 16, "goals[0].targets[0].tolerance", "MAINTAIN");
    }

    @Test
    void maintainWithTolerance_loads() throws Exception {
        NumericalTarget kept = PlanFileLoader.load(write(withKeys("tolerance: 5").replace("direction: INCREASE",
                "direction: MAINTAIN"))).targets().findFirst().orElseThrow();

        assertEquals(Direction.MAINTAIN, kept.direction());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(kept.tolerance().orElseThrow()));
    }

    @Test
    void everyYearTarget_needsNoBaseline_andTakesFrom() throws Exception {
        NumericalTarget zero = PlanFileLoader.load(write(VALID.replace("direction: INCREASE", "direction: DECREASE")
                .replace("        baseline: {year: H30, value: 1045}\n", "")
                .replace("target: {year: R6, value: 1121}", "target: {value: 0, eachYear: true, from: R3}")))
                .targets().findFirst().orElseThrow();

        assertEquals(new TargetValue.EachYear(FiscalYear.parse("R6"), Quantity.exact("0"), ""), zero.target());
        assertEquals(FiscalYear.parse("R3"), zero.countedFrom());
        assertTrue(zero.baseline() instanceof Baseline.None);
    }

    @Test
    void trendTargetWithAValue_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("target: {year: R6, value: 1121}", "target: {year: R6, value: 1121, trend: true}")));

        assertAt(problem, 15, "goals[0].targets[0].target", "trend: true");
    }

    @Test
    void noteOnTheTarget_isKept() throws Exception {
        NumericalTarget noted = PlanFileLoader.load(write(VALID.replace("target: {year: R6, value: 1121}",
                "target: {year: R6, value: 1121, note: 2019年の実績から算出}"))).targets().findFirst().orElseThrow();

        assertEquals("2019年の実績から算出", noted.target().note());
    }

    private static final String POLICY_KPI = "        targets:\n"
            + "          - code: K1-1-1\n"
            + "            name: 相談件数\n"
            + "            unit: 件\n"
            + "            direction: INCREASE\n"
            + "            baseline: {year: H30, value: 10}\n"
            + "            target: {year: R6, value: 20}\n";

    @Test
    void policyKpi_loadsUnderItsPolicy() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(write(VALID.replace("        title: 施策1\n", "        title: 施策1\n" + POLICY_KPI)));

        NumericalTarget kpi = plan.kpis().findFirst().orElseThrow();
        assertEquals("K1-1-1", kpi.code().text());
        assertEquals(IndicatorKind.KPI, kpi.kind());
        assertEquals(2, plan.targets().count());
    }

    @Test
    void kpiCodeOfAnotherPolicy_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("        title: 施策1\n", "        title: 施策1\n"
                + POLICY_KPI.replace("K1-1-1", "K1-2-1"))));

        assertAt(problem, 20, "goals[0].policies[0].targets[0].code", "所属");
        assertTrue(problem.hint().contains("K1-1-<番号>"), problem.hint());
    }

    @Test
    void planWideTargetCode_belongsUnderPlanOnly() throws Exception {
        Problem problem = only(problems(VALID.replace("code: T1-1", "code: T0-1")));

        assertAt(problem, 10, "goals[0].targets[0].code", "所属");
    }

    @Test
    void reprintOfAnUnknownKpi_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("        title: 施策1\n", "        title: 施策1\n"
                + "        targets:\n          - sameAs: K2-1-1\n")));

        assertAt(problem, 20, "goals[0].policies[0].targets[0].sameAs", "計画にありません");
    }

    @Test
    void reprintOfTheSamePolicysKpi_isAnError() throws Exception {
        Problem problem = only(problems(VALID.replace("        title: 施策1\n", "        title: 施策1\n"
                + POLICY_KPI + "          - sameAs: K1-1-1\n")));

        assertAt(problem, 26, "goals[0].policies[0].targets[1].sameAs", "別の施策");
    }
}
