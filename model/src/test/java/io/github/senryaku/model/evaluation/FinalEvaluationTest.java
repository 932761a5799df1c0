package io.github.senryaku.model.evaluation;

import static io.github.senryaku.model.testing.KnownPeriod.K3_2_1;
import static io.github.senryaku.model.testing.KnownPeriod.R2;
import static io.github.senryaku.model.testing.KnownPeriod.R3;
import static io.github.senryaku.model.testing.KnownPeriod.R4;
import static io.github.senryaku.model.testing.KnownPeriod.R5;
import static io.github.senryaku.model.testing.KnownPeriod.R6;
import static io.github.senryaku.model.testing.KnownPeriod.T1_1;
import static io.github.senryaku.model.testing.KnownPeriod.T2_1;
import static io.github.senryaku.model.testing.KnownPeriod.T3_1;
import static io.github.senryaku.model.testing.KnownPeriod.T3_2;
import static io.github.senryaku.model.testing.KnownPeriod.T4_1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.KnownPeriod;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.testing.RevisedKanazawa;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kanazawa's revised plan followed over R2–R6 with {@link KnownPeriod}'s figures and the default rulebook. */
class FinalEvaluationTest {

    @TempDir
    static Path dir;

    private static StrategyPlan plan;
    private static GradingRulebook rulebook;
    private static FinalEvaluation evaluation;

    @BeforeAll
    static void evaluate() throws Exception {
        plan = PlanFileLoader.load(RevisedKanazawa.writeTo(dir));
        rulebook = RulebookFileLoader.load(ProjectFiles.defaultRulebook());
        evaluation = FinalEvaluation.of(plan, rulebook, KnownPeriod.actuals(), KnownPeriod.submitted());
    }

    private static String grade(TargetCode code, FiscalYear year) {
        return evaluation.course(code).in(year).orElseThrow().grade().grade().code();
    }

    private static Map<String, Integer> counts(GradeTally tally) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        tally.counts().forEach((grade, count) -> counts.put(grade.code(), count));
        return counts;
    }

    @Test
    void everyYearOfThePeriod_isEvaluated_andTheYearWithoutReports_isMissing() {
        assertEquals(List.of(R2, R3, R4, R5, R6), evaluation.periodYears());

        assertEquals(List.of(R5), evaluation.missingYears());
        assertFalse(evaluation.isSubmitted(R5));
        assertTrue(evaluation.isSubmitted(R6));
    }

    @Test
    void targetMet_hasItsFinalGrade_andUnmetAndUnjudgeableAreSaid() {
        TargetCourse students = evaluation.course(T2_1);
        assertEquals("A", students.finalGrade().code());
        assertEquals(Achievement.MET, students.achievement());
        assertEquals(R6, students.finalYear());

        TargetCourse birthRate = evaluation.course(T1_1);
        assertEquals("N", birthRate.finalGrade().code(), "R6 is 未公表");
        assertEquals(Achievement.UNDETERMINED, birthRate.achievement());

        assertEquals(Achievement.MET, evaluation.course(T3_2).achievement(), "the milestone reached 整備");
    }

    @Test
    void revisedTarget_isGradedAgainstTheOriginalBeforeItsRevision_andTheRevisedValueFromIt() {
        TargetCourse visitors = evaluation.course(T3_1);

        assertEquals("1121", visitors.in(R3).orElseThrow().target().targetQuantity().orElseThrow().value().toPlainString());
        assertEquals("A", grade(T3_1, R3), "1,130 meets the original 1,121");
        assertEquals("1150", visitors.in(R4).orElseThrow().target().targetQuantity().orElseThrow().value().toPlainString());
        assertEquals("B", grade(T3_1, R4), "1,140 against the revised 1,150: 90.5 %, expected 66.7 %");
        assertEquals("C", visitors.finalGrade().code(), "1,170 against R5's 1,180: 92.6 %, expected 100 %");
        assertEquals(Achievement.NOT_MET, visitors.achievement(), "1,170 is short of 1,180, though past 1,121");
        assertEquals("1180", visitors.target().targetQuantity().orElseThrow().value().toPlainString(), "the last version");
        assertEquals("市外へ就職する新卒学生数", evaluation.course(T2_1).target().name(), "renamed in R4");
    }

    @Test
    void retiredTarget_isFollowedUntilItsRetirement_andKeepsTheGradeOfItsLastYear() {
        TargetCourse partners = evaluation.course(T4_1);

        assertTrue(partners.in(R4).isPresent());
        assertTrue(partners.in(R5).isEmpty());
        assertTrue(partners.in(R6).isEmpty());
        assertTrue(partners.isRetiredIn(R5));
        assertFalse(partners.isRetiredIn(R4));
        assertEquals("令和5年3月改訂（サンプル）", partners.retiredBy().orElseThrow().title());
        assertEquals(R4, partners.finalYear());
        assertEquals("C", partners.finalGrade().code(), "90 of 80 → 99 is 52.6 %, expected 66.7 %");
        assertEquals(Achievement.NOT_MET, partners.achievement());
    }

    @Test
    void addedTarget_startsWithItsRevision_inItsGoalsPlace() {
        TargetCourse kpi = evaluation.course(K3_2_1);

        assertTrue(kpi.in(R3).isEmpty());
        assertFalse(kpi.isRetiredIn(R3), "not yet added is not retired");
        assertEquals("A", kpi.finalGrade().code());
        assertEquals(Achievement.MET, kpi.achievement());
        assertEquals(List.of("T1-1", "T2-1", "T3-1", "T3-2", "K3-2-1", "T4-1"),
                evaluation.targets().stream().map(course -> course.target().code().text()).toList());
    }

    @Test
    void tallies_countTheTargetsInForceEachYear_kindsApart() {
        assertEquals(Map.of("A", 1, "B", 0, "C", 2, "D", 1, "N", 1), counts(evaluation.year(R3).targetTally()));
        assertEquals(5, evaluation.year(R4).targetTally().total());
        assertEquals(4, evaluation.year(R6).targetTally().total(), "T4-1 retired");
        assertEquals(Map.of("A", 2, "B", 0, "C", 1, "D", 0, "N", 1), counts(evaluation.year(R6).targetTally()));
        assertEquals(0, evaluation.year(R3).kpiTally().total(), "K3-2-1 comes with R4");
        assertEquals(1, evaluation.year(R6).kpiTally().count(rulebook.grade("A").orElseThrow()));
        assertEquals(4, evaluation.year(R5).targetTally().count(rulebook.unrated()), "nothing reported in R5");
    }

    @Test
    void aLaterYearsFigures_neverChangeAnEarlierYearsGrade() {
        FinalEvaluation withoutLater = FinalEvaluation.of(plan, rulebook, KnownPeriod.actuals().upTo(R3), Set.of(R2, R3));

        assertEquals(withoutLater.year(R3).evaluated().evaluations(), evaluation.year(R3).evaluated().evaluations());
        assertEquals(List.of(R4, R5, R6), withoutLater.missingYears());
    }

    @Test
    void aRevisedVersion_isRefused_theHistoryIsReadFromThePlanAsWritten() {
        assertThrows(IllegalArgumentException.class,
                () -> FinalEvaluation.of(plan.inForce(R6), rulebook, KnownPeriod.actuals(), KnownPeriod.submitted()));
    }

    @Test
    void measuresEver_includeThoseARevisionAdded() {
        assertTrue(plan.history().measuresEver().anyMatch(m -> m.code().text().equals("M3-2-2")));
        assertEquals(plan.measures().count() + 1, plan.history().measuresEver().count());
    }
}
