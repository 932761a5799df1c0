package io.github.senryaku.reports.html;

import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.snapshot.ReportSnapshot;

/**
 * A target in the summary's lists: its year's figure (and the value graded, when that is another), rate and grade,
 * linked to its section.
 */
public record SummaryRow(String code, String href, String name, String actual, String rate, GradeMark grade) {

    static SummaryRow of(ReportSnapshot snapshot, NumericalTarget target, String page) {
        TargetEvaluation evaluation = snapshot.evaluation(target);
        return new SummaryRow(target.code().text(), page + "#" + target.code().text(), target.name(),
                ShapeTexts.actualAndMeasured(evaluation), ShapeTexts.rate(evaluation),
                GradeMark.of(snapshot.rulebook(), evaluation.grade().grade()));
    }
}
