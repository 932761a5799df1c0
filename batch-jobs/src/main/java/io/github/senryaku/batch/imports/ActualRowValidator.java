package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.imports.ReportSheet.Column;
import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.batch.workbook.Texts;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.util.Optional;

/**
 * Checks one row of 数値目標実績 against the plan: a known 指標コード, a readable 年度 within the target's
 * baseline..target years, a 実績値 the target can hold, the unit, the name, and the baseline.
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
        Optional<NumericalTarget> target = target(row, problems);
        Optional<FiscalYear> year = YearCell.read(row.cell(Column.YEAR), Column.YEAR, problems);
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

    private static void checkYear(FiscalYear year, NumericalTarget target, RowProblems problems, ReportRow row) {
        FiscalYear from = target.baseline().year();
        FiscalYear to = target.target().year();
        if (year.isBefore(from) || year.isAfter(to)) {
            problems.error(Column.YEAR, row.cell(Column.YEAR).map(CellValue::display).orElse(""),
                    year.eraLabel() + "は" + target.code() + "の対象期間（基準 " + from.eraLabel() + "～目標 " + to.eraLabel() + "）の外です",
                    "年度を確かめてください");
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
        if (!year.equals(target.baseline().year())) {
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
