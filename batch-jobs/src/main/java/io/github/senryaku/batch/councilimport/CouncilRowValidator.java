package io.github.senryaku.batch.councilimport;

import io.github.senryaku.batch.importing.PlanCatalog;
import io.github.senryaku.batch.importing.ReportRow;
import io.github.senryaku.batch.importing.ReportSheet.Column;
import io.github.senryaku.batch.importing.RowProblems;
import io.github.senryaku.batch.importing.Staged;
import io.github.senryaku.batch.importing.StoredColumns;
import io.github.senryaku.batch.importing.ValidatedRow;
import io.github.senryaku.batch.importing.YearCell;
import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one row of 推進会議意見: a subject in force in the row's year (a goal, target, KPI or policy code, or
 * 総括), a year of the plan's period, and an opinion with its response — neither goes without the other.
 * A row with none of 意見, 対応方針 and 委員・会議 is one the template prefilled and nobody filled: left out.
 */
final class CouncilRowValidator {

    private static final String SUBJECT_HINT =
            "基本目標（G1）・数値目標（T1-1）・KPI（K1-1-1）・主要施策（P1-1）のコードか「総括」を選んでください";

    private final StrategyPlan plan;
    /** The subjects of each year met in the file, worked out once a year rather than once a row. */
    private final Map<FiscalYear, ReviewSubjects> inForce = new HashMap<>();

    CouncilRowValidator(StrategyPlan plan) {
        this.plan = plan;
    }

    Optional<ValidatedRow> validate(ReportRow row, String file) {
        boolean opinionGiven = entered(row, Column.OPINION);
        boolean responseGiven = entered(row, Column.RESPONSE);
        if (!opinionGiven && !responseGiven && !entered(row, Column.GIVEN_BY)) {
            return Optional.empty();
        }
        RowProblems problems = new RowProblems(file, row);
        Optional<FiscalYear> year = YearCell.read(row.cell(Column.YEAR), Column.YEAR, problems);
        PlanPeriod period = plan.period();
        year = year.filter(y -> {
            if (period.contains(y)) {
                return true;
            }
            problems.error(Column.YEAR, y.eraLabel(), y.eraLabel() + "は計画期間（" + period.from().eraLabel() + "～"
                    + period.to().eraLabel() + "）の外です", "意見をいただいた評価の対象年度を書いてください");
            return false;
        });
        Optional<ReviewSubject> subject = subject(row, year, problems);
        String opinion = StoredColumns.text(row, Column.OPINION, StoredColumns.OPINION_TEXT, problems);
        String response = StoredColumns.text(row, Column.RESPONSE, StoredColumns.OPINION_TEXT, problems);
        String givenBy = StoredColumns.text(row, Column.GIVEN_BY, StoredColumns.GIVEN_BY, problems);
        if (!opinionGiven && responseGiven) {
            problems.error(Column.OPINION, "", "意見が空欄です（対応方針だけの行です）",
                    "対応方針に当たる推進会議の意見を書いてください");
        } else if (!opinionGiven) {
            problems.error(Column.OPINION, "", "意見と対応方針が空欄です（委員・会議だけの行です）",
                    "意見と対応方針を書くか、不要な行なら委員・会議も消してください");
        }
        if (opinionGiven && !responseGiven) {
            problems.error(Column.RESPONSE, "", "対応方針が空欄です（意見に対する対応方針がありません）",
                    "意見ごとに、市の対応方針を書いてください");
        }
        if (problems.hasErrors()) {
            return Optional.of(new ValidatedRow(row.ordinal(), Optional.empty(), problems.all()));
        }
        Staged staged = new Staged.Opinion(row.ordinal(), subject.get(), year.get(), opinion, response, givenBy,
                row.sheet(), row.row().number(), row.reference(Column.SUBJECT_CODE));
        return Optional.of(new ValidatedRow(row.ordinal(), Optional.of(staged), problems.all()));
    }

    /** The row's subject, if it is one the council may speak to in the row's year. */
    private Optional<ReviewSubject> subject(ReportRow row, Optional<FiscalYear> year, RowProblems problems) {
        String typed = row.cell(Column.SUBJECT_CODE).map(CellValue::display).orElse("").strip();
        if (typed.isEmpty()) {
            problems.error(Column.SUBJECT_CODE, "", "対象コードが空欄です", SUBJECT_HINT);
            return Optional.empty();
        }
        Optional<ReviewSubject> subject = ReviewSubject.parse(typed);
        if (subject.isEmpty()) {
            if (PlanCode.parse(typed).orElse(null) instanceof MeasureCode measure) {
                problems.error(Column.SUBJECT_CODE, typed, "取組コードは対象にできません",
                        "取組についての意見は、その取組の主要施策（" + measure.policyCode().text() + "）を対象にしてください");
            } else {
                problems.error(Column.SUBJECT_CODE, typed, "対象コードとして読めません", SUBJECT_HINT);
            }
            return Optional.empty();
        }
        if (year.isEmpty()) {
            return subject; // the row is sent back for its year; which version to hold the code against is unknown
        }
        ReviewSubjects known = inForce.computeIfAbsent(year.get(), y -> ReviewSubjects.inForce(plan, y));
        if (!known.contains(subject.get())) {
            problems.error(Column.SUBJECT_CODE, typed, "計画（" + year.get().eraLabel() + "の版）にない対象コードです",
                    nearest(subject.get().text(), known.codes()));
            return Optional.empty();
        }
        return subject;
    }

    /** 「G1」ではありませんか？ and the year's codes, the first dozen. */
    private static String nearest(String code, List<String> codes) {
        Optional<String> close = codes.stream().min(Comparator.comparingInt(c -> PlanCatalog.distance(c, code)))
                .filter(c -> PlanCatalog.distance(c, code) <= 2);
        return close.map(c -> "「" + c + "」ではありませんか？").orElse("") + "この年度の対象コード: "
                + String.join(", ", codes.size() > 12 ? codes.subList(0, 12) : codes) + (codes.size() > 12 ? " ほか" : "");
    }

    private static boolean entered(ReportRow row, Column column) {
        return row.cell(column).map(cell -> !cell.display().isBlank()).orElse(false);
    }
}
