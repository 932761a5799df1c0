package io.github.senryaku.reports.html;

import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.format.Footnotes;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.format.TargetNotes;
import io.github.senryaku.reports.format.YearFigures;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One target's section (a 数値目標 or a 全体目標), as the PDF's target block: its figures year by year (and the value
 * graded, for a sum or a mean), its evaluation, the plan's notes, its chart, and the council's opinions on it.
 *
 * @param id the target's code, the section's anchor ({@code T1-1})
 * @param periodKind the header of the years' row ({@code 年度})
 * @param figures a row per series (実績値, and 累計 or 平均): its label and a cell per year
 */
public record TargetView(String id, String heading, String statement, String periodKind, List<String> years,
        List<Row> figures, List<Fact> facts, GradeMark grade, String reason, List<String> notes,
        Optional<TrendChart> chart, Optional<CouncilView> council) {

    static TargetView of(ReportSnapshot snapshot, NumericalTarget target) {
        TargetEvaluation evaluation = snapshot.evaluation(target);
        String unit = target.unit().isNone() ? "" : "（単位：" + target.unit() + "）";
        List<FiscalYear> years = snapshot.yearsOf(target);
        boolean aggregated = target.aggregation() != Aggregation.LEVEL;
        List<Row> figures = new ArrayList<>();
        figures.add(new Row(aggregated ? "実績値（単年度）" : "実績値",
                years.stream().map(year -> YearFigures.figure(snapshot, target, year)).toList()));
        if (aggregated) {
            figures.add(new Row(target.aggregation().japanese(),
                    years.stream().map(year -> YearFigures.aggregate(snapshot, target, year)).toList()));
        }
        Footnotes notes = new Footnotes();
        Footnotes.Marks marks = notes.add("", TargetNotes.of(target));
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(target.aggregation() == Aggregation.CUMULATIVE ? "基準値（参考）" : "基準値",
                Figures.baseline(target) + marks.baseline()));
        facts.add(new Fact("目標値", Figures.target(target) + marks.target()));
        if (!target.interim().isEmpty()) {
            facts.add(new Fact("中間目標", ShapeTexts.interim(target)));
        }
        ShapeTexts.measured(evaluation).ifPresent(measured -> facts.add(new Fact("評価した値", measured)));
        facts.add(new Fact("達成率", ShapeTexts.rate(evaluation)));
        facts.add(new Fact("期待値", ShapeTexts.expected(evaluation)));
        facts.add(new Fact("達成見込み", YearFigures.projection(snapshot, target)));
        return new TargetView(target.code().text(), target.code().text() + "　" + target.name() + unit,
                target.statement().isEmpty() ? "" : "目標：" + target.statement(), target.periodKind().japanese(),
                years.stream().map(FiscalYear::eraYear).toList(), figures, facts,
                GradeMark.of(snapshot.rulebook(), evaluation.grade().grade()), evaluation.grade().reason(), notes.lines(),
                TrendChart.of(snapshot, target), CouncilView.beside(snapshot.plan(), target.code().text(), 4,
                        snapshot.council().about(new ReviewSubject.Target(target.code()))));
    }

    /** A row of the figures table: its label and a cell per year. */
    public record Row(String label, List<String> cells) {
    }
}
