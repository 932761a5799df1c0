package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.ImportProblems;
import io.github.senryaku.batch.workbook.RowCursor;
import io.github.senryaku.batch.workbook.UnreadableWorkbookException;
import io.github.senryaku.batch.workbook.WorkbookSource;
import io.github.senryaku.batch.workbook.Workbooks;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * First step: decides whether the file is worth reading. Too large, not a workbook, encrypted or corrupt:
 * sent back at once with a one-line reason. Same content as a file already landed: reported as a duplicate
 * and filed. Otherwise its staging area is reset and the sheets' headers and the department are found.
 */
@Named
@Dependent
public class ImportScreenBatchlet extends AbstractBatchlet {

    @Inject
    JobResources resources;

    @Inject
    JobContext job;

    @Inject
    @BatchProperty
    String file;

    /** {@code department} (the default) or {@code finance}: which sheets to look for. */
    @Inject
    @BatchProperty
    String source;

    @Override
    public String process() throws Exception {
        JobResources.Context context = resources.get();
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new java.nio.file.NoSuchFileException(file);
        }
        String name = path.getFileName().toString();
        long size = Files.size(path);
        if (size > context.settings().maxFileBytes()) {
            return reject(context, path, name, null, fileProblem(name, String.format("ファイルが大きすぎます（%.1f MB、上限 %d MB）",
                    size / 1048576.0, context.settings().maxFileBytes() / 1048576), "不要なシートや行を削除してください"));
        }
        ImportFile importFile = ImportFile.of(path);
        boolean landed = context.store().inTransaction(c -> ImportLedger.isLanded(c, importFile.sha256()));
        if (landed) {
            Filing.file(path, Filing.destination(context.settings().archive(), name, context.clock().instant()),
                    context.settings().inbox());
            return end(ImportOutcomes.DUPLICATE);
        }
        List<Problem> problems = new ArrayList<>();
        Optional<HeaderLocator.DepartmentCell> department = Optional.empty();
        Optional<StrategyPlan> plan = Optional.empty();
        try (WorkbookSource workbook = Workbooks.open(path)) {
            List<HeaderRow> headers = new ArrayList<>();
            List<String> reportSheets = new ArrayList<>();
            ReportSheet.Source from = ReportSheet.Source.of(source);
            for (String sheet : workbook.sheetNames()) {
                Optional<ReportSheet> kind = ReportSheet.named(sheet, from);
                if (kind.isEmpty()) {
                    continue;
                }
                reportSheets.add(sheet);
                try (RowCursor rows = workbook.rows(sheet)) {
                    HeaderLocator.SheetLayout layout = HeaderLocator.scan(rows, sheet, kind.get(), name);
                    problems.addAll(layout.problems());
                    department = department.or(layout::department);
                    layout.header().ifPresent(headers::add);
                }
            }
            if (reportSheets.isEmpty()) {
                String expected = from.sheets().stream().map(s -> "「" + s.sheetName() + "」").collect(
                        java.util.stream.Collectors.joining(""));
                problems.add(fileProblem(name, "シート" + expected + (from.sheets().size() > 1 ? "のどちらも" : "が")
                        + "ありません（このファイルのシート: " + String.join("、", workbook.sheetNames()) + "）",
                        "様式のシート名のまま提出してください"));
            }
            WorkbookPlan.Decision decision = WorkbookPlan.decide(workbook, headers, context.plans(), name);
            if (decision.problem().isPresent()) {
                // Rows cannot be checked against a plan nobody knows: the file goes back with this one reason.
                return reject(context, path, name, importFile.sha256(), decision.problem().get());
            }
            plan = decision.plan();
        } catch (UnreadableWorkbookException unreadable) {
            return reject(context, path, name, importFile.sha256(), fileProblem(name, unreadable));
        } catch (java.io.IOException | RuntimeException broken) {
            // Whatever a file's bytes make the readers throw is the file's problem, sent back, never a failed job.
            return reject(context, path, name, importFile.sha256(), fileProblem(name, Workbooks.unreadable(broken)));
        }
        String departmentName = department.map(HeaderLocator.DepartmentCell::name).orElse(importFile.departmentFromName());
        Optional<StrategyPlan> reportedOn = plan;
        long begun = context.store().inTransaction(connection -> {
            // An earlier import of the same content that never ended is started over, not continued:
            // continuing is the restart's job (DepartmentImports), which does not run this step again.
            for (Optional<Long> stale = ImportLedger.find(connection, importFile.sha256(), ImportLedger.STAGING);
                    stale.isPresent(); stale = ImportLedger.find(connection, importFile.sha256(), ImportLedger.STAGING)) {
                new ImportRows(stale.get()).clear(connection, true);
                try (var delete = connection.prepareStatement("DELETE FROM import_file WHERE id = ?")) {
                    delete.setLong(1, stale.get());
                    delete.executeUpdate();
                }
            }
            long importId = ImportLedger.begin(connection, importFile.sha256(), name, departmentName, size,
                    job.getExecutionId(), context.clock().instant(), ReportSheet.Source.of(source).name(),
                    reportedOn.map(StrategyPlan::code));
            ImportProblems.recordProblems(connection, importId, ImportRows.FILE_LEVEL, problems);
            return importId;
        });
        job.setTransientUserData(new BegunImport(begun, plan.orElseThrow().code()));
        return ImportOutcomes.CONTINUE;
    }

    private String reject(JobResources.Context context, Path path, String name, String sha256, Problem problem)
            throws Exception {
        ImportOutcomes.reject(context, job.getExecutionId(), path, name, sha256, "", Optional.empty(), List.of(problem),
                ReportSheet.Source.of(source));
        return end(ImportOutcomes.REJECTED);
    }

    private String end(String outcome) {
        job.setExitStatus(outcome);
        return outcome;
    }

    /** Why a file cannot be read, at the sheet and cell the reader had reached when it knew them. */
    static Problem fileProblem(String file, UnreadableWorkbookException unreadable) {
        return Problem.error(new Location.Cell(file, unreadable.sheet(), unreadable.cell()), "", unreadable.getMessage(),
                unreadable.hint());
    }

    /** A problem with the file as a whole: no sheet, no cell. */
    static Problem fileProblem(String file, String message, String hint) {
        return Problem.error(new Location.Cell(file, "-", "-"), "", message, hint);
    }
}
