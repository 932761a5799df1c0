package io.github.senryaku.reports.html;

import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.reports.format.MeasureTexts;
import io.github.senryaku.reports.format.MoneyTexts;
import io.github.senryaku.reports.snapshot.MeasureReport;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.List;
import java.util.Optional;

/** A measure (取組) as its department reported it for the year, and its budget when the finance data exists. */
public record MeasureRow(String title, String department, String status, String direction, List<String> comments,
        String budget) {

    static MeasureRow of(ReportSnapshot snapshot, Measure measure) {
        Optional<MeasureReport> report = snapshot.measureReport(measure);
        return new MeasureRow(MeasureTexts.title(measure), MeasureTexts.department(measure, report),
                MeasureTexts.status(report), MeasureTexts.direction(report), MeasureTexts.comments(report),
                snapshot.hasBudget() ? MoneyTexts.budgetLine(snapshot.budget(measure)) : "");
    }
}
