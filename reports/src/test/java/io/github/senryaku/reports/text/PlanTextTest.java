package io.github.senryaku.reports.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.EvaluatedPlan;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import io.github.senryaku.model.testing.SampleTargets;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanTextTest {

    private static String render(String year, PlanActuals actuals) throws Exception {
        StrategyPlan plan = PlanFileLoader.load(ProjectFiles.kanazawaPlan());
        return PlanText.of(EvaluatedPlan.of(plan, RulebookFileLoader.load(ProjectFiles.defaultRulebook()), actuals,
                FiscalYear.parse(year)), "サンプル");
    }

    @Test
    void firstYearOfReiwa_isWrittenGannen() throws Exception {
        String text = render("R1", PlanActuals.NONE);

        assertTrue(text.contains("評価年度: 令和元年度（2019年度）"), text);
        assertTrue(text.contains("令和元年の実績 未提出"), text);
    }

    @Test
    void evaluatedTarget_showsFiguresRateExpectedGradeAndOutlook() throws Exception {
        PlanActuals actuals = new PlanActuals(Map.of(new TargetCode(3, 1),
                SampleTargets.series("R2", SampleTargets.figure("1070"), "R3", SampleTargets.figure("1083"))));

        String text = render("R3", actuals);

        assertTrue(text.startsWith("サンプル\n第2次金沢版総合戦略（金沢市）"), text);
        assertTrue(text.contains("基準値 1,045万人（平成30年度） → 目標値 1,121万人（令和6年度）"), text);
        assertTrue(text.contains("令和3年度の実績 1,083万人　達成率 50.0%　期待値 50.0%　評価 B（順調）"), text);
        assertTrue(text.contains("達成見込み 1,120.8万人（令和6年度）未達成見込み"), text);
        assertTrue(text.contains("基準値 未公表・3月公表予定（平成30年） → 目標値 1.69（令和6年）　参考 1.50（平成29年）"), text);
        assertTrue(text.contains("M1-1-3 [新規] 公民館と児童館・児童クラブが連携して実施する教室やイベントを支援"), text);
        assertTrue(text.contains("リカレント教育: 「学校教育」"), text);
    }
}
