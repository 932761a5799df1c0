package io.github.senryaku.batch.importing;

import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;

/** A row that passed its own checks, ready for the staging area. */
public sealed interface Staged {

    long ordinal();

    /** An actual (実績値) of a numerical target. */
    record Actual(long ordinal, TargetCode code, FiscalYear year, Reported reported, String remark, String sheet,
            String cell) implements Staged {
    }

    /** A line of the finance workbook (事業別予算決算), amounts in yen; no measure means 戦略外. */
    record Budget(long ordinal, String projectCode, String projectName, java.util.Optional<MeasureCode> measure,
            FiscalYear year, java.math.BigDecimal budgetYen, java.math.BigDecimal spentYen, String funding, String sheet,
            int rowNumber, String cell) implements Staged {
    }

    /** An opinion of the review council with the planning office's response, about a subject in a year. */
    record Opinion(long ordinal, io.github.senryaku.model.council.ReviewSubject subject, FiscalYear year, String opinion,
            String response, String givenBy, String sheet, int rowNumber, String cell) implements Staged {
    }

    /** A measure's status (実施状況) with the department's comments. */
    record Measure(long ordinal, MeasureCode code, FiscalYear year, String status, String content, String result,
            String issue, String direction, String sheet, int rowNumber, String cell) implements Staged {
    }
}
