package io.github.senryaku.batch.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * How senryaku's own workbooks look to city staff: a bold title, a grey header row, and a table that
 * keeps its header on screen and on every printed A4 page.
 */
public final class TableSheets {

    private TableSheets() {
    }

    public static CellStyle titleStyle(Workbook workbook) {
        CellStyle title = workbook.createCellStyle();
        title.setFont(bold(workbook));
        return title;
    }

    public static CellStyle headerStyle(Workbook workbook) {
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold(workbook));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        return header;
    }

    private static Font bold(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        return bold;
    }

    /** Freezes the rows down to the header, filters and repeats it, and prints A4 landscape, one page wide. */
    public static void finish(Sheet sheet, int headerRow, int lastRow, int columns) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns - 1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
