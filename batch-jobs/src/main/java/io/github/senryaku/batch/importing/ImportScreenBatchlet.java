package io.github.senryaku.batch.importing;

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
 * First step, one partition per file: decides whether the file is worth reading. Too large, not a workbook,
 * encrypted or corrupt: sent back at once with a one-line reason. Same content as a file already landed:
 * reported as a duplicate and filed. Otherwise the import begins: its content hash, department, plan and
 * the sheets' header rows are recorded in the ledger, where the later steps and a restart find them.
 */
@Named
@Dependent
public class ImportScreenBatchlet extends AbstractBatchlet {

    @Inject
    JobResources resources;

    @Inject
    JobContext job;

    @Inject
    ImportSources sources;

    @Inject
    @BatchProperty
    String run;

    @Inject
    @BatchProperty
    String file;

    @Inject
    @BatchProperty
    String ordinal;

    @Override
    public String process() throws Exception {
        JobResources.Context context = resources.get();
        ImportLedger.RunFile at = BegunImport.at(run, ordinal);
        ImportSource source = sources.ofThisJob();
        Path path = Path.of(file);
        String name = path.getFileName().toString();
        Optional<ImportLedger.Recorded> earlier = context.store().inTransaction(c -> ImportLedger.ofRunFile(c, at));
        if (earlier.isPresent() && !earlier.get().isStaging()) {
            return earlier.get().status(); // ended before this restart; its filing, if cut short, was finished at start
        }
        // Screening again after an interruption: begin afresh, counting the attempt.
        int attempts = earlier.map(e -> e.attempts() + 1).orElse(1);
        if (earlier.isPresent()) {
            context.store().inTransaction(c -> {
                new ImportRows(earlier.get().importId()).clear(c, true);
                ImportLedger.discard(c, earlier.get().importId());
                return null;
            });
        }
        if (!Files.isRegularFile(path)) {
            // Moved or deleted between the listing and now: nothing to import, nothing to keep.
            ImportRunner.tell(context, at, new ImportResult(ImportResult.Kind.FAILED, name,
                    job.getExecutionId(), Optional.empty(), List.of(), false, Optional.of(new ImportResult.Failure(
                            "ファイルがありません（取込の前に移動または削除されました）", attempts, Optional.empty()))));
            return "GONE";
        }
        long size = Files.size(path);
        if (size > context.settings().maxFileBytes()) {
            return reject(context, at, path, name, null, source, fileProblem(name, String.format(
                    "ファイルが大きすぎます（%.1f MB、上限 %d MB）", size / 1048576.0, context.settings().maxFileBytes() / 1048576),
                    "不要なシートや行を削除してください"));
        }
        String sha256 = ImportFile.sha256(path);
        if (context.store().inTransaction(c -> ImportLedger.isLanded(c, sha256))) {
            ImportOutcomes.duplicate(context, job.getExecutionId(), at, path, name, sha256, Optional.empty(), source);
            return ImportOutcomes.DUPLICATE;
        }
        List<Problem> problems = new ArrayList<>();
        List<HeaderRow> headers = new ArrayList<>();
        Optional<HeaderLocator.DepartmentCell> department = Optional.empty();
        Optional<StrategyPlan> plan;
        try (WorkbookSource workbook = Workbooks.open(path)) {
            List<String> reportSheets = new ArrayList<>();
            for (String sheet : workbook.sheetNames()) {
                Optional<ReportSheet> kind = ReportSheet.named(sheet, source.sheets());
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
                String expected = source.sheets().stream().map(s -> "「" + s.sheetName() + "」").collect(
                        java.util.stream.Collectors.joining(""));
                problems.add(fileProblem(name, "シート" + expected + (source.sheets().size() > 1 ? "のどちらも" : "が")
                        + "ありません（このファイルのシート: " + String.join("、", workbook.sheetNames()) + "）",
                        "様式のシート名のまま提出してください"));
            }
            WorkbookPlan.Decision decision = WorkbookPlan.decide(workbook, headers, context.plans(), name);
            if (decision.problem().isPresent()) {
                // Rows cannot be checked against a plan nobody knows: the file goes back with this one reason.
                return reject(context, at, path, name, sha256, source, decision.problem().get());
            }
            plan = decision.plan();
        } catch (UnreadableWorkbookException unreadable) {
            return reject(context, at, path, name, sha256, source, fileProblem(name, unreadable));
        } catch (java.io.IOException | RuntimeException broken) {
            // Whatever a file's bytes make the readers throw is the file's problem, sent back, never a failed job.
            return reject(context, at, path, name, sha256, source, fileProblem(name, Workbooks.unreadable(broken)));
        }
        ImportLedger.NewImport begun = new ImportLedger.NewImport(sha256, name,
                department.map(HeaderLocator.DepartmentCell::name).orElse(ImportFile.departmentFromName(name)), size,
                source.recordedAs(), plan.map(StrategyPlan::code), Optional.of(at), path.toAbsolutePath().toString(),
                HeaderMap.format(headers), attempts);
        context.store().inTransaction(connection -> {
            // An import of the same content left STAGING by a version before import runs is cleared: nothing
            // resumes it, and this one reads the file from the top. (An open run finishes before a new one begins.)
            for (ImportLedger.Recorded stale : ImportLedger.stagingOutsideRuns(connection, sha256)) {
                new ImportRows(stale.importId()).clear(connection, true);
                ImportLedger.abandon(connection, stale.importId());
            }
            long importId = ImportLedger.begin(connection, begun, job.getExecutionId(), context.clock().instant());
            ImportProblems.recordProblems(connection, importId, ImportRows.FILE_LEVEL, problems);
            return importId;
        });
        return ImportOutcomes.CONTINUE;
    }

    private String reject(JobResources.Context context, ImportLedger.RunFile at, Path path, String name, String sha256,
            ImportSource source, Problem problem) throws Exception {
        ImportOutcomes.reject(context, job.getExecutionId(), at, path, name, sha256, "", Optional.empty(), List.of(problem),
                source);
        return ImportOutcomes.REJECTED;
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
