package io.github.senryaku.batch.financeimport;

import io.github.senryaku.batch.importing.HeaderLocator;
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
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.PlanPeriod;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one line of 事業別予算決算: a project code and name, the measure it funds (empty: 戦略外), a year of
 * the plan, and two amounts read in the header's unit and stored in yen.
 */
final class BudgetRowValidator {

    /** An amount as typed: digits with separators, optionally a minus sign or ▲ (rejected: amounts are never negative), optionally 円. */
    private static final Pattern AMOUNT = Pattern.compile("([-▲△]?)([0-9][0-9,]*(?:\\.[0-9]+)?)(円|千円|百万円)?");

    private final PlanCatalog catalog;
    private final Set<String> seen = new HashSet<>();

    BudgetRowValidator(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Empty for a line with nothing but its year (the template fills the year in) or nothing at all; a line
     * repeating a project and year of an earlier line is marked for the landing's check.
     */
    Optional<ValidatedRow> validate(ReportRow row, String file) {
        boolean nothingEntered = java.util.stream.Stream.of(Column.PROJECT_CODE, Column.PROJECT_NAME, Column.MEASURE_CODE,
                Column.BUDGET, Column.SPENT, Column.FUNDING)
                .allMatch(c -> row.cell(c).map(v -> v.display().isBlank()).orElse(true));
        if (row.isBlank() || nothingEntered) {
            return Optional.empty();
        }
        RowProblems problems = new RowProblems(file, row);
        String code = required(row, Column.PROJECT_CODE, StoredColumns.PROJECT_CODE, problems);
        String name = required(row, Column.PROJECT_NAME, StoredColumns.PROJECT_NAME, problems);
        Optional<MeasureCode> measure = measure(row, problems);
        Optional<FiscalYear> year = YearCell.read(row.cell(Column.YEAR), Column.YEAR, problems);
        PlanPeriod period = catalog.plan().period();
        year.filter(y -> !period.contains(y)).ifPresent(y -> problems.error(Column.YEAR, y.eraLabel(),
                y.eraLabel() + "は計画期間（" + period.from().eraLabel() + "～" + period.to().eraLabel() + "）の外です",
                "年度を確かめてください"));
        Optional<BigDecimal> budget = amount(row, Column.BUDGET, problems);
        Optional<BigDecimal> spent = amount(row, Column.SPENT, problems);
        if (budget.isPresent() && spent.isPresent() && spent.get().compareTo(budget.get()) > 0) {
            problems.warning(Column.SPENT, row.cell(Column.SPENT).map(CellValue::display).orElse(""),
                    "決算額が予算額を超えています（執行率 " + spent.get().multiply(BigDecimal.valueOf(100))
                            .divide(budget.get().max(BigDecimal.ONE), 1, java.math.RoundingMode.HALF_UP) + "%）",
                    "補正予算・流用を含めた予算額か確かめてください");
        }
        String funding = StoredColumns.text(row, Column.FUNDING, StoredColumns.FUNDING, problems);
        if (problems.hasErrors()) {
            return Optional.of(new ValidatedRow(row.ordinal(), Optional.empty(), problems.all()));
        }
        Staged staged = new Staged.Budget(row.ordinal(), code, name, measure, year.get(), budget.get(), spent.get(),
                funding, row.sheet(), row.row().number(), row.reference(Column.PROJECT_CODE));
        ValidatedRow validated = new ValidatedRow(row.ordinal(), Optional.of(staged), problems.all());
        return Optional.of(seen.add(code + "\t" + year.get().gregorianYear()) ? validated : validated.repeating());
    }

    private static String required(ReportRow row, Column column, int max, RowProblems problems) {
        String text = row.cell(column).map(c -> Texts.normalize(c.display()).strip()).orElse("");
        if (text.isEmpty()) {
            problems.error(column, "", column.header() + "が空欄です", column.header() + "を書いてください");
        } else if (text.length() > max) {
            problems.error(column, StoredColumns.excerpt(text), column.header() + "が長すぎます（"
                    + String.format("%,d", text.length()) + "文字）", String.format("%,d文字以内にしてください", max));
        }
        return text;
    }

    /** Empty cell: outside the strategy (戦略外). Otherwise a measure of the plan. */
    private Optional<MeasureCode> measure(ReportRow row, RowProblems problems) {
        String typed = row.cell(Column.MEASURE_CODE).map(CellValue::display).orElse("").strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        Optional<PlanCode> code = catalog.parse(typed);
        Optional<MeasureCode> measure = code.filter(MeasureCode.class::isInstance).flatMap(catalog::measure)
                .map(m -> m.code());
        if (measure.isEmpty()) {
            problems.error(Column.MEASURE_CODE, typed, "計画にない取組コードです",
                    catalog.suggestion(typed, false) + "。計画の取組に当たらない事業は、取組コードを空欄にしてください（戦略外として集計します）");
        }
        return measure;
    }

    /** The amount in yen: the cell's figure times the header's unit (予算額（千円） → ×1,000). */
    private static Optional<BigDecimal> amount(ReportRow row, Column column, RowProblems problems) {
        Optional<CellValue> cell = row.cell(column);
        String shown = cell.map(CellValue::display).orElse("").strip();
        if (cell.isEmpty() || shown.isEmpty()) {
            problems.error(column, "", column.header() + "が空欄です", "金額を数値で書いてください（0 も可）");
            return Optional.empty();
        }
        BigDecimal multiplier = row.header().multiplier(column);
        BigDecimal value;
        if (cell.get() instanceof CellValue.Date) {
            problems.error(column, shown, column.header() + "が日付の表示形式のセルです", "セルの表示形式を「標準」か「数値」にして、金額を入力し直してください");
            return Optional.empty();
        }
        if (cell.get() instanceof CellValue.Number number) {
            value = number.number();
        } else {
            Matcher m = AMOUNT.matcher(Texts.compact(shown).replace("，", ","));
            if (!m.matches()) {
                problems.error(column, shown, "金額として読めません", "数値（桁区切りのカンマは可）で書いてください");
                return Optional.empty();
            }
            if (!m.group(1).isEmpty()) {
                value = BigDecimal.ONE.negate();
            } else {
                value = new BigDecimal(m.group(2).replace(",", ""));
                if (m.group(3) != null) {
                    multiplier = HeaderLocator.UNITS.get(m.group(3));
                }
            }
        }
        if (value.signum() < 0) {
            problems.error(column, shown, column.header() + "が負の数です", "減額は減額後の金額で書いてください");
            return Optional.empty();
        }
        BigDecimal yen = value.multiply(multiplier);
        if (StoredColumns.integerDigits(yen) > StoredColumns.YEN_PRECISION) {
            problems.error(column, StoredColumns.excerpt(shown), column.header() + "が大きすぎます（円にして "
                    + StoredColumns.integerDigits(yen) + " 桁）", "円にして " + StoredColumns.YEN_PRECISION
                    + " 桁以内です。見出しの単位（千円・百万円）と金額を確かめてください");
            return Optional.empty();
        }
        if (yen.stripTrailingZeros().scale() > 0) {
            problems.error(column, shown, column.header() + "に円未満の端数があります（" + yen.toPlainString() + "円）",
                    "円単位になるように書いてください");
            return Optional.empty();
        }
        return Optional.of(yen.setScale(0, java.math.RoundingMode.UNNECESSARY));
    }
}
