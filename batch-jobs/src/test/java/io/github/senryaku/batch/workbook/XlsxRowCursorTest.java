package io.github.senryaku.batch.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowCursorTest {

    @TempDir
    Path dir;

    @Test
    void column_readsA1Letters() {
        assertEquals(0, XlsxRowCursor.column("A1"));
        assertEquals(25, XlsxRowCursor.column("Z9"));
        assertEquals(27, XlsxRowCursor.column("AB12"));
        assertEquals("AB", RawRow.columnName(27));
    }

    @Test
    void phoneticGuides_areLeftOutOfTheText() throws Exception {
        Path file = dir.resolve("ruby.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFRichTextString text = new XSSFRichTextString("観光政策課");
            text.getCTRst().addNewRPh().setT("カンコウセイサクカ");
            workbook.createSheet("s").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
        }

        try (WorkbookSource source = Workbooks.open(file); RowCursor rows = source.rows("s")) {
            Optional<RawRow> row = rows.next();
            assertEquals(new CellValue.Text("観光政策課"), row.orElseThrow().cell(0).orElseThrow());
        }
    }

    @Test
    void formulaWithoutCachedValue_isSaidToBeSo() throws Exception {
        Path file = dir.resolve("formula.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("s").createRow(2).createCell(1).setCellFormula("SUM(A1:A2)");
            workbook.write(out);
        }

        try (WorkbookSource source = Workbooks.open(file); RowCursor rows = source.rows("s")) {
            RawRow row = rows.next().orElseThrow();
            assertEquals(3, row.number());
            assertEquals(new CellValue.FormulaWithoutValue("SUM(A1:A2)"), row.cell(1).orElseThrow());
        }
    }

    @Test
    void numberShownAsADate_isADate_andOtherNumbersStayNumbers() throws Exception {
        Path file = dir.resolve("date.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var row = workbook.createSheet("s").createRow(0);
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("[$-411]ggge\"年\"m\"月\"d\"日\""));
            row.createCell(0).setCellValue(java.time.LocalDate.of(2024, 4, 1));
            row.getCell(0).setCellStyle(date);
            var percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            row.createCell(1).setCellValue(0.452);
            row.getCell(1).setCellStyle(percent);
            workbook.write(out);
        }

        try (WorkbookSource source = Workbooks.open(file); RowCursor rows = source.rows("s")) {
            RawRow row = rows.next().orElseThrow();
            assertEquals(new CellValue.Date(new java.math.BigDecimal("45383")), row.cell(0).orElseThrow());
            assertEquals("2024/4/1", row.cell(0).orElseThrow().display());
            assertEquals(new CellValue.Number(new java.math.BigDecimal("0.452")), row.cell(1).orElseThrow());
        }
    }

    @Test
    void richTextRuns_joinInSharedStrings() throws Exception {
        Path file = dir.resolve("runs.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFRichTextString text = new XSSFRichTextString("観光");
            text.append("政策課", workbook.createFont());
            workbook.createSheet("s").createRow(0).createCell(0).setCellValue(text);
            workbook.write(out);
        }

        try (WorkbookSource source = Workbooks.open(file); RowCursor rows = source.rows("s")) {
            assertEquals(new CellValue.Text("観光政策課"), rows.next().orElseThrow().cell(0).orElseThrow());
        }
    }

    @Test
    void emptyFile_isSaidToBeEmpty() throws Exception {
        Path file = Files.createFile(dir.resolve("empty.xlsx"));

        var refused = org.junit.jupiter.api.Assertions.assertThrows(UnreadableWorkbookException.class,
                () -> Workbooks.open(file));
        assertEquals("ファイルが空です（0 バイト）", refused.getMessage());
    }
}
