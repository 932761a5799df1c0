package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.senryaku.model.evaluation.Submissions;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.time.FiscalYear;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planning office's 未提出一覧, built from a year's submissions of the sample plan with every kind of indicator. */
class PlanningPagesTest {

    @Test
    void missingList_coversPlanWideTargetsAndKpis_butNotASurveyIndicatorBetweenSurveys() throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.config("plans/sample-shapes.yaml"));
        Set<TargetCode> reported = Set.of(new TargetCode(1, 1), new TargetCode(1, 2), new TargetCode(1, 1, 1),
                new TargetCode(2, 2), new TargetCode(2, 1, 1), new TargetCode(2, 1, 2), new TargetCode(2, 1, 3));
        Set<MeasureCode> measures = Set.of(new MeasureCode(1, 1, 1), new MeasureCode(1, 1, 2), new MeasureCode(1, 2, 1),
                new MeasureCode(2, 1, 1));

        List<List<String>> rows = PlanningPages.missingRows(Submissions.of(plan, FiscalYear.parse("R4"), reported, measures));

        assertEquals(List.of(
                List.of("全体目標", "全体目標", "T0-1", "合計特殊出生率", ""),
                List.of("基本目標1", "KPI", "K1-1-2", "産学官の連携件数", ""),
                List.of("基本目標1", "KPI", "K1-2-1", "待機児童数", ""),
                List.of("基本目標2", "取組", "M2-1-2", "まちなかイベントの支援", "企画課")), rows,
                "T0-2 (国勢調査 R2, R7) and T2-1 (R2, R5, R8) have no survey in R4");
    }
}
