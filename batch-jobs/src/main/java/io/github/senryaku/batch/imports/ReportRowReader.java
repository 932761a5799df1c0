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
        try {
            workbook = Workbooks.open(Path.of(file));
        } catch (UnreadableWorkbookException changedSinceScreening) {
            throw new IllegalStateException(changedSinceScreening.getMessage(), changedSinceScreening);
        }
        List<String> reportSheets = new ArrayList<>();
        for (String sheet : workbook.sheetNames()) {
            ReportSheet.named(sheet, ReportSheet.Source.of(source)).ifPresent(kind -> reportSheets.add(sheet));
        }
        sheets = reportSheets.iterator();
    }

    @Override
    public Object readItem() throws Exception {
        while (true) {
            if (rows == null && !nextSheet()) {
                return null;
            }
            Optional<RawRow> row;
            try {
                row = rows.next();
            } catch (java.io.IOException broken) {
                brokenFile(Workbooks.unreadable(broken).getMessage());
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

    /** A sheet that breaks off mid-way (truncated, a zip bomb) sends the file back, it does not fail the job. */
    private void brokenFile(String reason) throws Exception {
        String name = Path.of(file).getFileName().toString();
        String sha256 = ImportFile.sha256(Path.of(file));
        resources.get().store().inTransaction(connection -> {
            long importId = io.github.senryaku.batch.store.ImportLedger.find(connection, sha256,
                    io.github.senryaku.batch.store.ImportLedger.STAGING).orElseThrow();
            io.github.senryaku.batch.store.ImportLedger.recordProblems(connection, importId, ImportRows.FILE_LEVEL,
                    java.util.List.of(ImportScreenBatchlet.fileProblem(name, reason, "Excel で開いて保存し直してください")));
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
