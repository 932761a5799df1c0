package io.github.senryaku.reports.snapshot;

import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Objects;

/**
 * What a department reported on a measure for the year (施策実施状況): its status (実施状況), the way
 * forward (今後の方向性) and its comments — empty strings where the department wrote nothing.
 */
public record MeasureReport(MeasureCode code, FiscalYear year, String status, String direction, String content,
        String result, String issue, String department, String file) {

    public MeasureReport {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(status, "status");
        direction = direction == null ? "" : direction;
        content = content == null ? "" : content;
        result = result == null ? "" : result;
        issue = issue == null ? "" : issue;
        department = department == null ? "" : department;
        file = file == null ? "" : file;
    }
}
