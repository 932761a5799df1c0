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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a file is worth reading: the first thing the stage step's reader does with a file of the run
 * that has no import yet. Too large, not a workbook, encrypted or corrupt: sent back at once with a one-line
 * reason. Same content as a file already landed: reported as a duplicate and filed. Otherwise the import
 * begins: its content hash, department, plan and the sheets' header rows are recorded in the ledger, where the
 * later work and a restart find them, and the workbook, opened once, is handed to the reader to read on.
 */
final class FileScreen {

    private FileScreen() {
    }

    /**
     * Screens the file at its place in the run, which has no import yet (a restart finds the import the screen
     * began and reads on from its checkpoint instead).
     *
     * @return the import as recorded and the workbook, open, when the file's import began; empty when the file
     *         ended here (sent back, a duplicate, gone)
     */
    static Optional<Screened> screen(JobResources.Context context, ImportSource source, long executionId,
            ImportLedger.RunFile at, Path path) throws Exception {
        String name = path.getFileName().toString();
        if (!Files.isRegularFile(path)) {
            // Moved or deleted between the listing and now: nothing to import, nothing to keep.
            ImportRunner.tell(context, at, new ImportResult(ImportResult.Kind.FAILED, name,
                    executionId, Optional.empty(), List.of(), false, Optional.of(new ImportResult.Failure(
                            "ファイルがありません（取込の前に移動または削除されました）", 1, Optional.empty()))));
            return Optional.empty();
        }
        long size = Files.size(path);
        if (size > context.settings().maxFileBytes()) {
            reject(context, executionId, at, path, name, null, source, fileProblem(name, String.format(
                    "ファイルが大きすぎます（%.1f MB、上限 %d MB）", size / 1048576.0, context.settings().maxFileBytes() / 1048576),
                    "不要なシートや行を削除してください"));
            return Optional.empty();
        }
        String sha256 = ImportFile.sha256(path);
        if (context.store().inTransaction(c -> ImportLedger.isLanded(c, sha256))) {
            ImportOutcomes.duplicate(context, executionId, at, path, name, sha256, Optional.empty(), source);
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        List<HeaderRow> headers = new ArrayList<>();
        Optional<HeaderLocator.DepartmentCell> department = Optional.empty();
        WorkbookSource workbook = null;
        WorkbookPlan.Decision decision;
        try {
            workbook = Workbooks.open(path);
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
            decision = WorkbookPlan.decide(workbook, headers, context.plans(), name);
        } catch (UnreadableWorkbookException unreadable) {
            close(workbook);
            reject(context, executionId, at, path, name, sha256, source, fileProblem(name, unreadable));
            return Optional.empty();
        } catch (java.io.IOException | RuntimeException broken) {
            // Whatever a file's bytes make the readers throw is the file's problem, sent back, never a failed job.
            close(workbook);
            reject(context, executionId, at, path, name, sha256, source, fileProblem(name, Workbooks.unreadable(broken)));
            return Optional.empty();
        }
        if (decision.problem().isPresent()) {
            // Rows cannot be checked against a plan nobody knows: the file goes back with this one reason.
            close(workbook);
            reject(context, executionId, at, path, name, sha256, source, decision.problem().get());
            return Optional.empty();
        }
        ImportLedger.NewImport begun = new ImportLedger.NewImport(sha256, name,
                department.map(HeaderLocator.DepartmentCell::name).orElse(ImportFile.departmentFromName(name)), size,
                source.recordedAs(), decision.plan().map(StrategyPlan::code), Optional.of(at),
                path.toAbsolutePath().toString(), HeaderMap.format(headers), 1);
        long importId;
        try {
            importId = context.store().inTransaction(connection -> {
                // An import of the same content left STAGING by a version before import runs is cleared: nothing
                // resumes it, and this one reads the file from the top. (An open run finishes before a new one begins.)
                for (ImportLedger.Recorded stale : ImportLedger.stagingOutsideRuns(connection, sha256)) {
                    new ImportRows(stale.importId()).clear(connection, true);
                    ImportLedger.abandon(connection, stale.importId());
                }
                long id = ImportLedger.begin(connection, begun, executionId, context.clock().instant());
                ImportProblems.recordProblems(connection, id, ImportRows.FILE_LEVEL, problems);
                return id;
            });
        } catch (SQLException | RuntimeException failed) {
            close(workbook);
            throw failed;
        }
        return Optional.of(new Screened(new BegunImport(at, begun.recordedAs(importId, executionId)), workbook));
    }

    /** A file whose import began: what the screen recorded, and the workbook it opened, to be read on. */
    record Screened(BegunImport begun, WorkbookSource workbook) {
    }

    private static void close(WorkbookSource workbook) throws java.io.IOException {
        if (workbook != null) {
            workbook.close();
        }
    }

    private static void reject(JobResources.Context context, long executionId, ImportLedger.RunFile at, Path path,
            String name, String sha256, ImportSource source, Problem problem) throws Exception {
        ImportOutcomes.reject(context, executionId, at, path, name, sha256, "", Optional.empty(), List.of(problem), source);
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
