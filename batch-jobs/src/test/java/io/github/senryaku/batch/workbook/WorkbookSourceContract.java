package io.github.senryaku.batch.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One suite, run over a workbook saved by LibreOffice Calc in each format: the readers must agree on
 * every row and cell of a file POI did not write.
 */
abstract class WorkbookSourceContract {

    abstract String fixture();

    static Path resource(String name) {
        try {
            return Path.of(WorkbookSourceContract.class.getResource("/fixtures/libreoffice/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<RawRow> rows(String sheet) throws Exception {
        List<RawRow> rows = new ArrayList<>();
        try (WorkbookSource source = Workbooks.open(resource(fixture())); RowCursor cursor = source.rows(sheet)) {
            for (Optional<RawRow> row = cursor.next(); row.isPresent(); row = cursor.next()) {
                rows.add(row.get());
            }
        }
        return rows;
    }

    @Test
    void sheetNames_inWorkbookOrder() throws Exception {
        try (WorkbookSource source = Workbooks.open(resource(fixture()))) {
            assertEquals(List.of("数値目標実績", "施策実施状況"), source.sheetNames());
        }
    }

    @Test
    void rows_keepTheirNumbers_andEmptyRowsAreLeftOut() throws Exception {
        assertEquals(List.of(1, 2, 4, 5, 6, 8, 9), rows("数値目標実績").stream().map(RawRow::number).toList());
    }

    @Test
    void textCells_readAsText() throws Exception {
        List<RawRow> rows = rows("数値目標実績");

        assertEquals(new CellValue.Text("担当課："), rows.get(1).cell(0).orElseThrow());
        assertEquals(new CellValue.Text("観光政策課"), rows.get(1).cell(1).orElseThrow());
        assertEquals(new CellValue.Text("Ｔ３ー２"), rows.get(4).cell(0).orElseThrow());
        assertEquals(new CellValue.Text("約1,900"), rows.get(6).cell(3).orElseThrow());
    }

    @Test
    void formulaCells_readTheirCachedValue() throws Exception {
        assertEquals(new CellValue.Number(new BigDecimal("1105")), rows("数値目標実績").get(3).cell(3).orElseThrow());
    }

    @Test
    void numberCells_readAsExactDecimals() throws Exception {
        assertEquals(new CellValue.Number(new BigDecimal("2023")), rows("数値目標実績").get(5).cell(2).orElseThrow());
    }

    @Test
    void references_areA1() throws Exception {
        RawRow row = rows("数値目標実績").get(3);

        assertEquals("D5", row.reference(3));
        assertTrue(row.cells().keySet().containsAll(List.of(0, 1, 2, 3, 4, 5)));
    }

    @Test
    void secondSheet_readsToo() throws Exception {
        List<RawRow> rows = rows("施策実施状況");

        assertEquals(2, rows.size());
        assertEquals(new CellValue.Text("継続"), rows.get(1).cell(6).orElseThrow());
    }
}
