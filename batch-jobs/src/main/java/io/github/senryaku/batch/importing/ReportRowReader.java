package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.ImportProblems;
import io.github.senryaku.batch.workbook.RawRow;
import io.github.senryaku.batch.workbook.RowCursor;
import io.github.senryaku.batch.workbook.UnreadableWorkbookException;
import io.github.senryaku.batch.workbook.WorkbookSource;
import io.github.senryaku.batch.workbook.Workbooks;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Hands out the data rows of the report sheets, sheet by sheet, below their header rows. A file of the run
 * with no import yet is screened first ({@link FileScreen}): the workbook it opened to find the headers is the
 * one read on, so each file is opened once. The checkpoint is the ordinal of the last row handed out; a
 * restart finds the import the screen recorded, reads the file again from the top and skips to it. A file the
 * screen ended (sent back, a duplicate) has no rows to hand out. Not thread-safe: one reader per partition.
 */
@Named
@Dependent
public class ReportRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String run;

    @Inject
    @BatchProperty
    String ordinal;

    /** The file's path (partition property), which the screen reads when the file has no import yet. */
    @Inject
    @BatchProperty
    String file;

    @Inject
    JobResources resources;

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ImportSources sources;

    private BegunImport begun;
    private WorkbookSource workbook;
    private Iterator<HeaderRow> sheets = Collections.emptyIterator();
    private RowCursor rows;
    private HeaderRow header;
    private Optional<RawRow> pending = Optional.empty();
    private long rowOrdinal;
    private long skipTo;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        skipTo = checkpoint == null ? 0 : (Long) checkpoint;
        JobResources.Context context = resources.get();
        ImportLedger.RunFile at = BegunImport.at(run, ordinal);
        Optional<BegunImport> found = BegunImport.of(step, context, at);
        if (found.isEmpty()) {
            Optional<FileScreen.Screened> screened = FileScreen.screen(context, sources.ofThisJob(), job.getExecutionId(),
                    at, Path.of(file));
            if (screened.isEmpty()) {
                return; // ended by its screening
            }
            // What the screen recorded goes on to the processor and writer as it is, with the workbook it opened.
            begun = screened.get().begun();
            step.setTransientUserData(begun);
            workbook = screened.get().workbook();
            sheets = begun.headers().iterator();
            return;
        }
        if (!found.get().recorded().isStaging()) {
            return;
        }
        begun = found.get();
        sheets = begun.headers().iterator();
        try {
            workbook = Workbooks.open(Path.of(begun.recorded().sourcePath()));
        } catch (UnreadableWorkbookException unreadable) {
            brokenFile(unreadable);
        } catch (java.io.IOException | RuntimeException broken) {
            brokenFile(Workbooks.unreadable(broken));
        }
    }

    @Override
    public Object readItem() throws Exception {
        while (true) {
            Optional<RawRow> row;
            try {
                if (rows == null && !nextSheet()) {
                    return null;
                }
                row = pending.isPresent() ? pending : rows.next();
                pending = Optional.empty();
            } catch (java.io.IOException | RuntimeException broken) {
                // A sheet that breaks off mid-way (truncated, malformed, over a limit) sends the file back:
                // the reading stops here, and the landing step finds the problem and rejects the file.
                brokenFile(Workbooks.unreadable(broken));
                return null;
            }
            if (row.isEmpty()) {
                rows.close();
                rows = null;
                continue;
            }
            rowOrdinal++;
            if (rowOrdinal > skipTo) {
                return new ReportRow(rowOrdinal, header, row.get());
            }
        }
    }

    /** Opens the next report sheet that has data rows, and moves past its header row. */
    private boolean nextSheet() throws Exception {
        while (sheets.hasNext()) {
            header = sheets.next();
            rows = workbook.rows(header.sheet());
            Optional<RawRow> row;
            while ((row = rows.next()).isPresent() && row.get().number() <= header.rowNumber()) {
                // above the data: titles, the 担当課 line, the header row itself
            }
            if (row.isPresent()) {
                pending = row;
                return true;
            }
            rows.close();
            rows = null;
        }
        return false;
    }

    /** Records why the file cannot be read to its end, as a problem of the file, and stops reading it. */
    private void brokenFile(UnreadableWorkbookException reason) throws Exception {
        sheets = Collections.emptyIterator();
        if (rows != null) {
            rows.close();
            rows = null;
        }
        String name = begun.recorded().originalName();
        resources.get().store().inTransaction(connection -> {
            ImportProblems.recordProblems(connection, begun.importId(), ImportRows.FILE_LEVEL,
                    List.of(FileScreen.fileProblem(name, reason)));
            return null;
        });
    }

    @Override
    public Serializable checkpointInfo() {
        return rowOrdinal;
    }

    @Override
    public void close() throws Exception {
        if (rows != null) {
            rows.close();
        }
        if (workbook != null) {
            workbook.close();
        }
    }
}
