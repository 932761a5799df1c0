package io.github.senryaku.reports.html;

import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.format.Footnotes;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.format.TargetNotes;
import io.github.senryaku.reports.format.YearFigures;
import io.github.senryaku.reports.snapshot.ReportSnapshot;

/**
 * A KPI's row under its policy, as the PDF's KPI table: a KPI of another policy printed here again is marked 再掲.
 *
 * @param code the code, with {@code （再掲）} for a reprint
 */
public record KpiRow(String code, String name, String statement, String baseline, String target, String interim,
        String actual, String rate, String expected, GradeMark grade, String reason, String projection) {

    static final String REPRINT = "（再掲）";

    static KpiRow of(ReportSnapshot snapshot, NumericalTarget kpi, boolean reprint, Footnotes notes) {
        TargetEvaluation evaluation = snapshot.evaluation(kpi);
        String code = kpi.code().text() + (reprint ? REPRINT : "");
        Footnotes.Marks marks = notes.add(code + " ", TargetNotes.of(kpi));
        String unit = kpi.unit().isNone() ? "" : "（" + kpi.unit() + "）";
        return new KpiRow(code, kpi.name() + unit, kpi.statement().isEmpty() ? "" : "目標：" + kpi.statement(),
                Figures.baseline(kpi) + marks.baseline(), Figures.target(kpi) + marks.target(),
                kpi.interim().isEmpty() ? "" : "中間目標 " + ShapeTexts.interim(kpi), ShapeTexts.actualAndMeasured(evaluation),
                ShapeTexts.rate(evaluation), ShapeTexts.expected(evaluation),
                GradeMark.of(snapshot.rulebook(), evaluation.grade().grade()), evaluation.grade().reason(),
                YearFigures.projection(snapshot, kpi));
    }
}
