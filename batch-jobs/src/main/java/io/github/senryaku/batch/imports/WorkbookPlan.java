package io.github.senryaku.batch.imports;

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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which plan a workbook reports on. The template says so in a named, protected cell ({@value #NAME}); a
 * workbook without it (an old template, a book made by hand) is matched by what it reports: the plan in force
 * that has every code it names and whose period holds every year. When that leaves two plans, or none, the
 * file is sent back with a located error rather than filed under a guess.
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
        Reported reported = reported(workbook, headers);
        List<StrategyPlan> matching = plans.plans().stream().filter(plan -> reported.fits(plan)).toList();
        Location whole = new Location.Cell(fileName, headers.isEmpty() ? "-" : headers.get(0).sheet(), "-");
        if (matching.size() == 1) {
            return new Decision(Optional.of(matching.get(0)), Optional.empty());
        }
        if (matching.isEmpty()) {
            return problem(whole, "", "どの計画（" + codes(plans.plans()) + "）の報告か分かりません: 計画コードの欄がなく、"
                    + "コードと年度がどの計画にも合いません", "senryaku template で作った様式に記入してください");
        }
        return problem(whole, "", "計画コードの欄がなく、コードと年度が " + codes(matching)
                + " のどれにも合うため、どの計画の報告か決められません", "senryaku template --plan "
                + matching.get(0).code() + " のように計画を指定して作った様式に記入してください");
    }

    private static Decision problem(Location location, String input, String message, String hint) {
        return new Decision(Optional.empty(), Optional.of(Problem.error(location, input, message, hint)));
    }

    private static String codes(List<StrategyPlan> plans) {
        return plans.stream().map(StrategyPlan::code).collect(Collectors.joining(", "));
    }

    /** The codes and years a workbook reports, read from the columns its headers name. */
    private record Reported(Set<PlanCode> codes, Set<FiscalYear> years) {
        boolean fits(StrategyPlan plan) {
            var history = plan.history();
            return codes.stream().allMatch(history::knows) && years.stream().allMatch(plan.period()::contains);
        }
    }

    private static Reported reported(WorkbookSource workbook, List<HeaderRow> headers) throws IOException {
        Set<PlanCode> codes = new HashSet<>();
        Set<FiscalYear> years = new HashSet<>();
        for (HeaderRow header : headers) {
            Optional<Integer> codeColumn = header.column(ReportSheet.Column.TARGET_CODE)
                    .or(() -> header.column(ReportSheet.Column.MEASURE_CODE));
            Optional<Integer> yearColumn = header.column(ReportSheet.Column.YEAR);
            try (RowCursor rows = workbook.rows(header.sheet())) {
                for (Optional<RawRow> row = rows.next(); row.isPresent(); row = rows.next()) {
                    if (row.get().number() <= header.rowNumber()) {
                        continue;
                    }
                    codeColumn.flatMap(row.get()::cell).map(CellValue::display).map(Texts::normalize)
                            .flatMap(PlanCode::parse).ifPresent(codes::add);
                    yearColumn.flatMap(row.get()::cell).flatMap(WorkbookPlan::year).ifPresent(years::add);
                }
            }
        }
        return new Reported(codes, years);
    }

    private static Optional<FiscalYear> year(CellValue cell) {
        try {
            return Optional.of(FiscalYear.parse(Texts.normalize(cell.display())));
        } catch (RuntimeException notAYear) {
            return Optional.empty();
        }
    }
}
