package io.github.senryaku.reports.xlsx;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Writes one sheet row by row, tracking column widths, and sets it up for A4 landscape printing. */
final class SheetWriter {

    final Sheet sheet;
    final WorkbookStyles styles;
    private final ColumnWidths widths;
    private Row row;
    private int next;

    SheetWriter(Sheet sheet, WorkbookStyles styles, int... widthCaps) {
        this.sheet = sheet;
        this.styles = styles;
        this.widths = new ColumnWidths(widthCaps);
    }

    int nextRow() {
        return next;
    }

    SheetWriter row() {
        row = sheet.createRow(next++);
        return this;
    }

    void skip(int rows) {
        next += rows;
    }

    /** A text that may run over the cells to its right (a title, a note): it does not widen its column. */
    Cell overflowing(int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** A header cell: it wraps, so it widens its column only a little — the data decides the width. */
    Cell header(int column, String value) {
        Cell cell = overflowing(column, value, styles.header);
        widths.see(column, value.length() > 4 ? value.substring(0, 4) : value);
        return cell;
    }

    Cell text(int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        widths.see(column, value);
        return cell;
    }

    /** A number as a number (so Excel can sum and chart it), or an empty styled cell when there is none. */
    Cell number(int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
            widths.see(column, String.format("%,.2f", value));
        }
        cell.setCellStyle(style);
        return cell;
    }

    Cell integer(int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        widths.see(column, Long.toString(value));
        return cell;
    }

    /**
     * The first two rows of a sheet: what it is and what it covers ({@code 令和6年度（2024年度）実績}), and the
     * sample mark, also in the printed header, when the data is not real.
     */
    void titleRows(String planTitle, String sheetName, String covers, boolean sample) {
        row().overflowing(0, planTitle + "　" + sheetName + "（" + covers + "）", styles.title);
        row();
        if (sample) {
            overflowing(0, AnnualReportWorkbook.SAMPLE_MARK, styles.sample);
            sheet.getHeader().setRight(AnnualReportWorkbook.SAMPLE_MARK);
        }
        sheet.getHeader().setLeft(planTitle + " " + sheetName);
    }

    /** A table's header row: frozen, repeated on every printed page, with an autofilter over the table. */
    void table(int headerRow, int lastRow, int lastColumn) {
        sheet.createFreezePane(0, headerRow + 1);
        if (lastRow > headerRow) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastColumn));
        }
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    /** A4 landscape, fit to the page's width, as many pages long as needed. */
    void finish() {
        widths.apply(sheet);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter("- &P -");
    }
}
