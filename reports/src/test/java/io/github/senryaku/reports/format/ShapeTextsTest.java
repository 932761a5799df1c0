package io.github.senryaku.reports.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every target shape of the サンプル plan reads honestly, as all reports print it. */
class ShapeTextsTest {

    private static ReportSnapshot snapshot;

    @BeforeAll
    static void snapshot() throws Exception {
        snapshot = ShapesSnapshot.r5();
    }

    private static NumericalTarget target(String code) {
        return snapshot.plan().targets().filter(t -> t.code().text().equals(code)).findFirst().orElseThrow();
    }

    private static TargetEvaluation evaluation(String code) {
        return snapshot.evaluation(target(code));
    }

    @Test
    void noBaseline_isANewIndicator_neverZeroNorAYear() {
        assertEquals("－（新規）", Figures.baseline(target("K1-1-2")));
        assertEquals("－（新規）", Figures.baseline(target("K1-2-1")), "an every-year target written without a baseline");
    }

    @Test
    void everyYear_trend_andMaintainTargets() {
        assertEquals("毎年度 100件", Figures.target(target("K2-1-3")));
        assertEquals("令和4年度から毎年度 0人", Figures.target(target("K1-2-1")));
        assertEquals("増加（令和8年度）", Figures.target(target("K2-1-2")));
        assertEquals("100,000人を維持（許容幅2%、令和8年度）", Figures.target(target("T0-2")));
        assertEquals("300人（令和8年度）", Figures.target(target("T1-1")), "a sum's target reads as a figure");
    }

    @Test
    void theValueGraded_isPrintedWithItsLabel_besideTheYearsOwnFigure() {
        assertEquals("55人（R3～R5累計 155人）", ShapeTexts.actualAndMeasured(evaluation("T1-1")));
        assertEquals("29件（R3～R5平均 29.7件）", ShapeTexts.actualAndMeasured(evaluation("K1-1-1")));
        assertEquals("－（R2調査 100,000人）", ShapeTexts.actualAndMeasured(evaluation("T0-2")),
                "no census in R5: nothing is due, the R2 census is graded");
        assertEquals("63.0%", ShapeTexts.actualAndMeasured(evaluation("T2-1")), "a survey year's own figure has no label");
        assertEquals(Optional.empty(), ShapeTexts.measured(evaluation("K1-1-2")));
    }

    @Test
    void aYearWithoutASurvey_isNotMissing() {
        NumericalTarget satisfaction = target("T2-1");

        assertEquals("－", ShapeTexts.yearFigure(satisfaction, FiscalYear.parse("R4"), Optional.empty()));
        assertEquals("未提出", ShapeTexts.yearFigure(satisfaction, FiscalYear.parse("R5"), Optional.empty()));
    }

    @Test
    void interimTargets_andARateAgainstOne() {
        assertEquals("令和5年度 1,000万人", ShapeTexts.interim(target("T2-2")));
        assertEquals("75.0%（中間目標に対する達成率）", ShapeTexts.rate(evaluation("T2-2")));
        assertEquals("－", ShapeTexts.rate(evaluation("K2-1-2")), "a trend has no rate");
        assertEquals("－", ShapeTexts.expected(evaluation("K2-1-2")));
    }

    @Test
    void notes_becomeNumberedFootnotes_onTheFigureTheyAreOn() {
        Footnotes notes = new Footnotes();

        Footnotes.Marks sum = notes.add("", TargetNotes.of(target("T1-1")));
        Footnotes.Marks partners = notes.add("K1-1-2 ", TargetNotes.of(target("K1-1-2")));
        Footnotes.Marks trend = notes.add("", TargetNotes.of(target("K2-1-2")));

        assertEquals(new Footnotes.Marks("※1", "※2"), sum);
        assertEquals(new Footnotes.Marks("※3", ""), partners, "新規 is printed already; the reference's note is not");
        assertEquals(new Footnotes.Marks("", ""), trend, "a trend's note is its word (増加)");
        assertEquals(List.of("※1 基準値：2016～2020年度の累計", "※2 目標値：令和3～8年度の累計",
                "※3 K1-1-2 参考値 12件（令和2年度）：県の調査による参考値"), notes.lines());
    }

    @Test
    void aBaselineNote_isAFootnote_butAPendingOnesIsPrintedWithIt() {
        assertEquals(List.of(new TargetNotes.Note(TargetNotes.Part.BASELINE, "基準値：国勢調査")),
                TargetNotes.of(target("T0-2")));
        assertTrue(TargetNotes.of(io.github.senryaku.model.testing.SampleTargets.birthRate()).isEmpty(),
                "未公表・3月公表予定 says the note");
        assertEquals(new TargetCode(0, 2), target("T0-2").code());
    }
}
