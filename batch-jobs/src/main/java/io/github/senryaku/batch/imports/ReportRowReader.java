package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.batch.workbook.RawRow;
import io.github.senryaku.batch.workbook.RowCursor;
import io.github.senryaku.batch.workbook.UnreadableWorkbookException;
import io.github.senryaku.batch.workbook.WorkbookSource;
import io.github.senryaku.batch.workbook.Workbooks;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Hands out the data rows of the report sheets, sheet by sheet, below each header row. The checkpoint is
 * the ordinal of the last row handed out; a restart reads the file again from the top and skips to it.
 * Not thread-safe: one reader per step execution.
 */
@Named
@Dependent
public class ReportRowReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    String file;

    @Inject
    @BatchProperty
    String source;

    @Inject
    JobResources resources;

    private WorkbookSource workbook;
    private Iterator<String> sheets;
    private RowCursor rows;
    private HeaderRow header;
    private long ordinal;
    private long skipTo;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        skipTo = checkpoint == null ? 0 : (Long) checkpoint;
        sheets = java.util.Collections.emptyIterator();
        try {
            workbook = Workbooks.open(Path.of(file));
            List<String> reportSheets = new ArrayList<>();
            for (String sheet : workbook.sheetNames()) {
                ReportSheet.named(sheet, ReportSheet.Source.of(source)).ifPresent(kind -> reportSheets.add(sheet));
            }
            sheets = reportSheets.iterator();
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
                row = rows.next();
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
            ordinal++;
            if (ordinal > skipTo) {
                return new ReportRow(ordinal, header, row.get());
            }
        }
    }

    /** Opens the next report sheet that has a header row; the screening step reported those that have none. */
    private boolean nextSheet() throws Exception {
        while (sheets.hasNext()) {
            String sheet = sheets.next();
            RowCursor cursor = workbook.rows(sheet);
            HeaderLocator.SheetLayout layout = HeaderLocator.scan(cursor, sheet, ReportSheet.named(sheet, ReportSheet.Source.of(source)).orElseThrow(), file);
            if (layout.header().isPresent()) {
                rows = cursor;
                header = layout.header().get();
                return true;
            }
            cursor.close();
        }
        return false;
    }

    /** Records why the file cannot be read to its end, as a problem of the file, and stops reading it. */
    private void brokenFile(UnreadableWorkbookException reason) throws Exception {
        sheets = java.util.Collections.emptyIterator();
        if (rows != null) {
            rows.close();
            rows = null;
        }
        String name = Path.of(file).getFileName().toString();
        String sha256 = ImportFile.sha256(Path.of(file));
        resources.get().store().inTransaction(connection -> {
            long importId = io.github.senryaku.batch.store.ImportLedger.find(connection, sha256,
                    io.github.senryaku.batch.store.ImportLedger.STAGING).orElseThrow();
            io.github.senryaku.batch.store.ImportProblems.recordProblems(connection, importId, ImportRows.FILE_LEVEL,
                    java.util.List.of(ImportScreenBatchlet.fileProblem(name, reason)));
            return null;
        });
    }

    @Override
    public Serializable checkpointInfo() {
        return ordinal;
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
