package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.importing.PlanCatalog;
import io.github.senryaku.batch.importing.ReportRow;
import io.github.senryaku.batch.importing.RowProblems;
import io.github.senryaku.batch.importing.Staged;
import io.github.senryaku.batch.importing.StoredColumns;
import io.github.senryaku.batch.importing.ValidatedRow;
import io.github.senryaku.batch.importing.YearCell;

import io.github.senryaku.batch.importing.ReportSheet.Column;
import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.batch.workbook.Texts;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.Aggregation;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.plan.TargetValue;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Optional;

/**
 * Checks one row of 数値目標実績 against the plan: a known 指標コード (全体目標 T0-n, 数値目標, KPI K…), a
 * readable 年度 within the target's span, a 実績値 the target can hold, the unit, the name, and the baseline.
 */
final class ActualRowValidator {

    private final PlanCatalog catalog;

    ActualRowValidator(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    /** Empty when the row reports nothing (no 実績値): such a row is skipped, not an error. */
    Optional<ValidatedRow> validate(ReportRow row, String file) {
        Optional<CellValue> valueCell = row.cell(Column.ACTUAL);
        if (valueCell.isEmpty() || row.isBlank()) {
            return Optional.empty();
        }
        RowProblems problems = new RowProblems(file, row);
        Optional<NumericalTarget> written = target(row, problems);
        Optional<FiscalYear> year = YearCell.read(row.cell(Column.YEAR), Column.YEAR, problems);
        Optional<NumericalTarget> target = written.isPresent() && year.isPresent()
                ? inForce(written.get(), year.get(), problems) : written;
        Optional<Reported> reported = target.flatMap(t -> reported(valueCell.get(), t, problems));
        String remark = StoredColumns.text(row, Column.REMARK, StoredColumns.REMARK, problems);
        if (target.isPresent()) {
            year.ifPresent(y -> checkYear(y, target.get(), problems, row));
            checkUnit(row, target.get(), problems);
            checkName(row, target.get(), problems);
            if (year.isPresent() && reported.isPresent()) {
                checkBaseline(target.get(), year.get(), reported.get(), valueCell.get(), problems);
            }
        }
        Optional<Staged> staged = problems.hasErrors() ? Optional.empty()
                : Optional.of(new Staged.Actual(row.ordinal(), target.get().code(), year.get(), reported.get(),
                        remark, row.sheet(),
                        row.reference(Column.ACTUAL)));
        return Optional.of(new ValidatedRow(row.ordinal(), staged, problems.all()));
    }

    /** The target as revised by the year; a target retired (廃止) by then takes no more actuals. */
    private Optional<NumericalTarget> inForce(NumericalTarget target, FiscalYear year, RowProblems problems) {
        Optional<io.github.senryaku.model.plan.PlanRevision> retired = catalog.retiredBy(target.code(), year);
        if (retired.isPresent()) {
            problems.error(Column.TARGET_CODE, target.code().text(), target.code().text() + " は" + retired.get().title()
                    + "で廃止された指標です（" + retired.get().effective().label() + "から）",
                    "廃止より前の年度の実績だけを報告してください");
            return Optional.empty();
        }
        return catalog.targetIn(target.code(), year);
    }

    private Optional<NumericalTarget> target(ReportRow row, RowProblems problems) {
        Optional<CellValue> cell = row.cell(Column.TARGET_CODE);
        if (cell.isEmpty()) {
            problems.error(Column.TARGET_CODE, "", "指標コードが空欄です", "T1-1 のように書いてください");
            return Optional.empty();
        }
        String typed = cell.get().display();
        Optional<PlanCode> code = catalog.parse(typed);
        Optional<NumericalTarget> target = code.filter(TargetCode.class::isInstance).flatMap(catalog::target);
        if (target.isEmpty()) {
            problems.error(Column.TARGET_CODE, typed,
                    code.isPresent() && !(code.get() instanceof TargetCode) ? "指標コードではありません（取組コードなどは別のシートです）"
                            : "計画にない指標コードです",
                    catalog.suggestion(typed, true));
        }
        return target;
    }

    private static Optional<Reported> reported(CellValue cell, NumericalTarget target, RowProblems problems) {
        ActualValueReader.Result result = ActualValueReader.read(cell, target);
        if (result instanceof ActualValueReader.Result.Unreadable unreadable) {
            problems.error(Column.ACTUAL, StoredColumns.excerpt(cell.display()), unreadable.message(), unreadable.hint());
            return Optional.empty();
        }
        return Optional.of(((ActualValueReader.Result.Read) result).reported());
    }

    /**
     * A figure is taken for the years of the target's span: from its baseline year — or, for a new indicator
     * (新規, no baseline) and an every-year target without a baseline, from its first year due — to its
     * target year. Outside the span it is an error, as it always was. Inside the span two cases land with a
     * warning: a survey indicator's figure for a year without a survey, and an every-year target's figure
     * for a year after its baseline but before its first graded year (kept, not graded). The baseline year
     * itself is the baseline's, and checked against it.
     */
    private static void checkYear(FiscalYear year, NumericalTarget target, RowProblems problems, ReportRow row) {
        String typed = row.cell(Column.YEAR).map(CellValue::display).orElse("");
        boolean noBaseline = target.baseline() instanceof Baseline.None;
        FiscalYear from = noBaseline ? target.firstYearDue() : target.baseline().year();
        FiscalYear to = target.target().year();
        if (year.isBefore(from) || year.isAfter(to)) {
            if (!noBaseline) {
                problems.error(Column.YEAR, typed, year.eraLabel() + "は" + target.code() + "の対象期間（基準 " + from.eraLabel()
                        + "～目標 " + to.eraLabel() + "）の外です", "年度を確かめてください");
            } else {
                problems.error(Column.YEAR, typed, year.eraLabel() + "は" + target.code() + "の対象期間（" + from.eraLabel()
                        + "～目標 " + to.eraLabel() + "）の外です", target.target() instanceof TargetValue.EachYear
                        ? "毎年度の目標で、" + from.eraLabel() + "から報告します。年度を確かめてください"
                        : "新規の指標（基準値なし）で、" + from.eraLabel() + "から報告します。年度を確かめてください");
            }
            return;
        }
        if (year.equals(from) && !noBaseline) {
            return; // the baseline year's figure is the baseline, checked against it below
        }
        if (!target.surveys().isSurveyYear(year)) {
            problems.warning(Column.YEAR, typed, year.eraLabel() + "は" + target.code() + "の調査年（"
                    + IndicatorGuidance.surveyYears(target) + "）ではありません",
                    "取り込んで、この年度の評価にも使います（値がなければ直近の調査の値で評価します）。調査の値か確かめてください");
        } else if (year.isBefore(target.firstYearDue())) {
            problems.warning(Column.YEAR, typed, target.code() + "は" + target.firstYearDue().eraLabel() + "からの毎年度の目標です（"
                    + year.eraLabel() + "の値は取り込みますが、評価には使いません）", "年度を確かめてください");
        }
    }

    private static void checkUnit(ReportRow row, NumericalTarget target, RowProblems problems) {
        row.cell(Column.UNIT).map(c -> Texts.compact(c.display())).filter(u -> !u.isEmpty()).ifPresent(unit -> {
            String expected = Texts.compact(target.unit().symbol());
            if (!unit.equals(expected)) {
                problems.error(Column.UNIT, unit, "単位が計画の単位" + (expected.isEmpty() ? "（単位なし）" : "「" + expected + "」")
                        + "と違います", "計画の単位で書いてください（単位を換算して実績値を直す必要があるかもしれません）");
            }
        });
    }

    private static void checkName(ReportRow row, NumericalTarget target, RowProblems problems) {
        row.cell(Column.TARGET_NAME).map(c -> Texts.compact(c.display())).filter(n -> !n.isEmpty()).ifPresent(name -> {
            if (!name.equals(Texts.compact(target.name())) && !name.equals(Texts.compact(target.statement()))) {
                problems.warning(Column.TARGET_NAME, name, "指標名が計画の「" + target.name() + "」と違います（" + target.code()
                        + "として取り込みます）", "指標コードが正しいか確かめてください");
            }
        });
    }

    /** A figure for the baseline year must match a known baseline; for a pending one it confirms it. */
    private static void checkBaseline(NumericalTarget target, FiscalYear year, Reported reported, CellValue cell,
            RowProblems problems) {
        // A 累計 or 平均 target's baseline may be an earlier period's total or mean (2016～2020年度の累計),
        // not the baseline year's own figure: nothing to compare the year's own figure with.
        if (!year.equals(target.baseline().year()) || target.aggregation() != Aggregation.LEVEL) {
            return;
        }
        if (target.baseline() instanceof Baseline.Figure figure && reported instanceof Reported.Figure actual
                && actual.quantity().value().compareTo(figure.quantity().value()) != 0) {
            problems.error(Column.ACTUAL, cell.display(), "基準年度（" + year.eraLabel() + "）の値が計画の基準値 "
                    + target.unit().format(figure.quantity()) + " と違います", "基準年度の値は計画の基準値と同じにしてください");
        }
        if (target.baseline() instanceof Baseline.State state && reported instanceof Reported.State actual
                && !actual.state().equals(state.state())) {
            problems.error(Column.ACTUAL, cell.display(), "基準年度（" + year.eraLabel() + "）の段階が計画の「" + state.state()
                    + "」と違います", "基準年度の段階は計画のとおりにしてください");
        }
    }
}
