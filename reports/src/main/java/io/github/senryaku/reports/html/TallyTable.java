package io.github.senryaku.reports.html;

import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradeTally;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades counted per row (a goal, or the plan-wide targets), every grade of the rulebook a column, with the rows'
 * sum when asked — the PDF's 概要 tables.
 */
public record TallyTable(String caption, String rowHeader, List<GradeMark> grades, List<Row> rows, Row sum) {

    /** One row's counts, in the grades' order, and its total. */
    public record Row(String label, List<Integer> counts, int total) {
    }

    public boolean hasSum() {
        return sum != null;
    }

    static TallyTable of(ReportSnapshot snapshot, String caption, String rowHeader, List<String> labels,
            List<GradeTally> tallies, boolean withSum) {
        List<Grade> grades = snapshot.rulebook().grades();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            GradeTally tally = tallies.get(i);
            rows.add(new Row(labels.get(i), grades.stream().map(tally::count).toList(), tally.total()));
        }
        Row sum = withSum ? new Row("合計", grades.stream().map(grade -> tallies.stream().mapToInt(t -> t.count(grade)).sum())
                .toList(), tallies.stream().mapToInt(GradeTally::total).sum()) : null;
        return new TallyTable(caption, rowHeader, grades.stream().map(g -> GradeMark.of(snapshot.rulebook(), g)).toList(),
                List.copyOf(rows), sum);
    }
}
