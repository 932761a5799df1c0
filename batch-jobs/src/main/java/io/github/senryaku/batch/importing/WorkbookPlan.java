package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.batch.workbook.RawRow;
import io.github.senryaku.batch.workbook.RowCursor;
import io.github.senryaku.batch.workbook.Texts;
import io.github.senryaku.batch.workbook.WorkbookSource;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.settings.PlansInForce;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which plan a workbook reports on. The template says so in a named, protected cell ({@value #NAME}); a
 * workbook without it (an old template, a book made by hand) is matched by what it reports: the plan in force
 * that knows the most of its rows (the code is the plan's, the year one the plan takes actuals for, from its
 * earliest baseline to its last target year, a year of its period counting most). A row with a mistake then
 * counts for no plan, and the file is
 * checked against the plan its other rows name. When two plans fit as well, or none fits any row, the file is
 * sent back with a located error rather than filed under a guess.
 */
final class WorkbookPlan {

    /** The defined name of the cell holding the plan code. */
    static final String NAME = "senryaku_plan";
    static final String LABEL = "計画コード";

    /** The plan, or the problem that stops the file. */
    record Decision(Optional<StrategyPlan> plan, Optional<Problem> problem) {
    }

    private WorkbookPlan() {
    }

    static Decision decide(WorkbookSource workbook, List<HeaderRow> headers, PlansInForce plans, String fileName)
            throws IOException {
        Optional<WorkbookSource.NamedCell> named = workbook.namedCell(NAME);
        Optional<String> code = named.flatMap(WorkbookSource.NamedCell::value).map(CellValue::display).map(Texts::normalize)
                .filter(text -> !text.isBlank());
        if (code.isPresent()) {
            Optional<StrategyPlan> plan = plans.plan(code.get());
            return plan.isPresent() ? new Decision(plan, Optional.empty())
                    : problem(new Location.Cell(fileName, named.get().sheet(), named.get().reference()), code.get(),
                            "計画コード「" + code.get() + "」の計画はありません",
                            "ある計画: " + codes(plans.library().plans()) + "。様式を senryaku template で作り直してください");
        }
        if (plans.plans().size() == 1) {
            return new Decision(Optional.of(plans.first()), Optional.empty());
        }
        List<Row> rows = rows(workbook, headers);
        java.util.Map<StrategyPlan, Long> fits = new java.util.LinkedHashMap<>();
        plans.plans().forEach(plan -> fits.put(plan, rows.stream().mapToLong(row -> row.fit(plan)).sum()));
        long best = fits.values().stream().max(Long::compare).orElse(0L);
        List<StrategyPlan> matching = best == 0 ? List.of()
                : fits.entrySet().stream().filter(entry -> entry.getValue() == best).map(java.util.Map.Entry::getKey).toList();
        Location whole = new Location.Cell(fileName, headers.isEmpty() ? "-" : headers.get(0).sheet(), "-");
        if (matching.size() == 1) {
            return new Decision(Optional.of(matching.get(0)), Optional.empty());
        }
        if (matching.isEmpty()) {
            return problem(whole, "", "どの計画（" + codes(plans.plans()) + "）の報告か分かりません: 計画コードの欄がなく、"
                    + "どの行のコードと年度もどの計画にも合いません", "senryaku template で作った様式に記入してください");
        }
        return problem(whole, "", "計画コードの欄がなく、コードと年度が " + codes(matching)
                + " のどれにも同じだけ合うため、どの計画の報告か決められません", "senryaku template --plan "
                + matching.get(0).code() + " のように計画を指定して作った様式に記入してください");
    }

    private static Decision problem(Location location, String input, String message, String hint) {
        return new Decision(Optional.empty(), Optional.of(Problem.error(location, input, message, hint)));
    }

    private static String codes(List<StrategyPlan> plans) {
        return plans.stream().map(StrategyPlan::code).collect(Collectors.joining(", "));
    }

    /**
     * A row's code and year, as far as they read. It fits a plan that knows both: best (2) for a year of the
     * plan's period, less (1) for a baseline year before it or a target year after — the years where a plan and
     * its successor meet.
     */
    private record Row(Optional<PlanCode> code, Optional<FiscalYear> year) {
        int fit(StrategyPlan plan) {
            if (code.isEmpty() || year.isEmpty() || !plan.history().knows(code.get())
                    || year.get().isBefore(firstYear(plan)) || year.get().isAfter(lastYear(plan))) {
                return 0;
            }
            return plan.period().contains(year.get()) ? 2 : 1;
        }
    }

    /** The years a plan takes actuals for: from its earliest baseline year to its last target year. */
    private static FiscalYear firstYear(StrategyPlan plan) {
        return plan.history().targetsEver().map(t -> t.baseline().year()).reduce(plan.period().from(),
                (a, b) -> a.isBefore(b) ? a : b);
    }

    private static FiscalYear lastYear(StrategyPlan plan) {
        return plan.history().targetsEver().map(t -> t.target().year()).reduce(plan.period().to(),
                (a, b) -> a.isAfter(b) ? a : b);
    }

    private static List<Row> rows(WorkbookSource workbook, List<HeaderRow> headers) throws IOException {
        List<Row> found = new java.util.ArrayList<>();
        for (HeaderRow header : headers) {
            Optional<Integer> codeColumn = header.column(ReportSheet.Column.TARGET_CODE)
                    .or(() -> header.column(ReportSheet.Column.MEASURE_CODE))
                    .or(() -> header.column(ReportSheet.Column.SUBJECT_CODE));
            Optional<Integer> yearColumn = header.column(ReportSheet.Column.YEAR);
            try (RowCursor rows = workbook.rows(header.sheet())) {
                for (Optional<RawRow> row = rows.next(); row.isPresent(); row = rows.next()) {
                    if (row.get().number() <= header.rowNumber()) {
                        continue;
                    }
                    found.add(new Row(codeColumn.flatMap(row.get()::cell).map(CellValue::display).map(Texts::normalize)
                            .flatMap(PlanCode::parse), yearColumn.flatMap(row.get()::cell).flatMap(WorkbookPlan::year)));
                }
            }
        }
        return found;
    }

    private static Optional<FiscalYear> year(CellValue cell) {
        try {
            return Optional.of(FiscalYear.parse(Texts.normalize(cell.display())));
        } catch (RuntimeException notAYear) {
            return Optional.empty();
        }
    }
}
