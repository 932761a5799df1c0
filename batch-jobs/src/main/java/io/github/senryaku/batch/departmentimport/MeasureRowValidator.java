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
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.time.FiscalYear;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Checks one row of 施策実施状況: a known 取組コード, a year of the plan, a known 実施状況 and 今後の方向性. */
final class MeasureRowValidator {

    static final List<String> STATUSES = List.of("未着手", "実施中", "完了", "中止");
    static final List<String> DIRECTIONS = List.of("拡充", "継続", "改善", "縮小", "廃止", "完了");

    private final PlanCatalog catalog;

    MeasureRowValidator(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    /** Empty when the row reports nothing: a template row with only its code and year, or a spacer. */
    Optional<ValidatedRow> validate(ReportRow row, String file) {
        boolean nothingEntered = Stream.of(Column.STATUS, Column.CONTENT, Column.RESULT, Column.ISSUE, Column.DIRECTION)
                .allMatch(column -> row.cell(column).map(c -> c.display().isBlank()).orElse(true));
        if (row.isBlank() || nothingEntered) {
            return Optional.empty();
        }
        RowProblems problems = new RowProblems(file, row);
        Optional<Measure> measure = measure(row, problems);
        Optional<FiscalYear> year = YearCell.read(row.cell(Column.YEAR), Column.YEAR, problems);
        if (measure.isPresent() && year.isPresent()) {
            Optional<io.github.senryaku.model.plan.PlanRevision> retired = catalog.retiredBy(measure.get().code(), year.get());
            if (retired.isPresent()) {
                problems.error(Column.MEASURE_CODE, measure.get().code().text(), measure.get().code().text() + " は"
                        + retired.get().title() + "で廃止された取組です（" + retired.get().effective().label() + "から）",
                        "廃止より前の年度の実施状況だけを報告してください");
                measure = Optional.empty();
            }
        }
        PlanPeriod period = catalog.plan().period();
        year.filter(y -> !period.contains(y)).ifPresent(y -> problems.error(Column.YEAR, y.eraLabel(),
                y.eraLabel() + "は計画期間（" + period.from().eraLabel() + "～" + period.to().eraLabel() + "）の外です",
                "年度を確かめてください"));
        Optional<String> status = choice(row, Column.STATUS, STATUSES, true, problems);
        Optional<String> direction = choice(row, Column.DIRECTION, DIRECTIONS, false, problems);
        String content = text(row, Column.CONTENT, problems);
        String result = text(row, Column.RESULT, problems);
        String issue = text(row, Column.ISSUE, problems);
        Optional<Staged> staged = problems.hasErrors() ? Optional.empty()
                : Optional.of(new Staged.Measure(row.ordinal(), measure.get().code(), year.get(), status.get(), content,
                        result, issue, direction.orElse(""), row.sheet(), row.row().number(), row.reference(Column.STATUS)));
        return Optional.of(new ValidatedRow(row.ordinal(), staged, problems.all()));
    }

    private Optional<Measure> measure(ReportRow row, RowProblems problems) {
        Optional<CellValue> cell = row.cell(Column.MEASURE_CODE);
        if (cell.isEmpty()) {
            problems.error(Column.MEASURE_CODE, "", "取組コードが空欄です", "M1-1-1 のように書いてください");
            return Optional.empty();
        }
        String typed = cell.get().display();
        Optional<PlanCode> code = catalog.parse(typed);
        Optional<Measure> measure = code.filter(MeasureCode.class::isInstance).flatMap(catalog::measure);
        if (measure.isEmpty()) {
            problems.error(Column.MEASURE_CODE, typed,
                    code.isPresent() && !(code.get() instanceof MeasureCode) ? "取組コードではありません（指標コードは「数値目標実績」シートです）"
                            : "計画にない取組コードです",
                    catalog.suggestion(typed, false));
        }
        return measure;
    }

    private static Optional<String> choice(ReportRow row, Column column, List<String> allowed, boolean required,
            RowProblems problems) {
        Optional<String> typed = row.cell(column).map(c -> Texts.compact(c.display())).filter(t -> !t.isEmpty());
        if (typed.isEmpty()) {
            if (required) {
                problems.error(column, "", column.header() + "が空欄です", "使える値: " + String.join("／", allowed));
            }
            return Optional.empty();
        }
        if (!allowed.contains(typed.get())) {
            problems.error(column, typed.get(), column.header() + "の値が決められたものではありません",
                    "使える値: " + String.join("／", allowed));
            return Optional.empty();
        }
        return typed;
    }

    private static String text(ReportRow row, Column column, RowProblems problems) {
        // Free text is kept as written (NFC, no NFKC): ①, ㈱ and full-width letters are the department's own words.
        return StoredColumns.text(row, column, StoredColumns.MEASURE_TEXT, problems);
    }
}
