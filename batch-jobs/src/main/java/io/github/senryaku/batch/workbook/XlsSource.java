package io.github.senryaku.batch.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A legacy .xls (BIFF8) workbook. The format caps a sheet at 65,536 rows, so the object model is small
 * enough to read whole.
 */
final class XlsSource implements WorkbookSource {

    private final POIFSFileSystem fileSystem;
    private final HSSFWorkbook workbook;

    private XlsSource(POIFSFileSystem fileSystem, HSSFWorkbook workbook) {
        this.fileSystem = fileSystem;
        this.workbook = workbook;
    }

    static XlsSource open(Path file) throws UnreadableWorkbookException, IOException {
        POIFSFileSystem fileSystem = new POIFSFileSystem(file.toFile(), true);
        try {
            return new XlsSource(fileSystem, new HSSFWorkbook(fileSystem.getRoot(), true));
        } catch (RuntimeException | IOException broken) {
            fileSystem.close();
            if (broken instanceof org.apache.poi.EncryptedDocumentException encrypted) {
                throw encrypted;
            }
            throw Workbooks.unreadable(broken);
        }
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public RowCursor rows(String sheetName) {
        Sheet sheet = workbook.getSheet(sheetName);
        Iterator<Row> rows = sheet == null ? java.util.Collections.emptyIterator() : sheet.rowIterator();
        return new RowCursor() {
            @Override
            public Optional<RawRow> next() {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    Map<Integer, CellValue> cells = new LinkedHashMap<>();
                    for (Cell cell : row) {
                        value(cell).ifPresent(value -> cells.put(cell.getColumnIndex(), value));
                    }
                    if (!cells.isEmpty()) {
                        return Optional.of(new RawRow(sheetName, row.getRowNum() + 1, cells));
                    }
                }
                return Optional.empty();
            }

            @Override
            public void close() {
                // the workbook is closed with the source
            }
        };
    }

    private static Optional<CellValue> value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                CellValue.Number number = CellValue.Number.ofDouble(cell.getNumericCellValue());
                return Optional.of(CellStyles.isDateFormat(cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString()) ? new CellValue.Date(number.number()) : number);
            case STRING:
                String text = cell.getStringCellValue();
                return text.isBlank() ? Optional.empty() : Optional.of(new CellValue.Text(text));
            case BOOLEAN:
                return Optional.of(new CellValue.Bool(cell.getBooleanCellValue()));
            case ERROR:
                return Optional.of(new CellValue.Error(FormulaError.forInt(cell.getErrorCellValue()).getString()));
            default:
                return Optional.empty();
        }
    }

    @Override
    public Optional<NamedCell> namedCell(String name) throws IOException {
        org.apache.poi.ss.usermodel.Name defined = workbook.getName(name);
        if (defined == null || defined.getRefersToFormula() == null) {
            return Optional.empty();
        }
        Optional<org.apache.poi.ss.util.CellReference> reference = WorkbookSource.reference(defined.getRefersToFormula());
        return reference.isEmpty() ? Optional.empty() : cellAt(reference.get());
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        fileSystem.close();
    }
}
