package io.github.senryaku.reports.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The workbook's cell styles, each created once: Excel allows about 64,000 styles per workbook and a
 * style per cell would reach that on a large plan. Number styles are kept by format, one per format.
 */
final class WorkbookStyles {

    static final String FONT = "游ゴシック";

    private final Workbook workbook;
    final CellStyle title;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle sample;
    final CellStyle note;
    final CellStyle percent;
    final CellStyle centered;
    private final Map<String, CellStyle> numbers = new HashMap<>();

    WorkbookStyles(Workbook workbook) {
        this.workbook = workbook;
        Font titleFont = font(14, true, null);
        Font headerFont = font(9, true, null);
        Font body = font(9, false, null);
        Font warning = font(11, true, new byte[] {(byte) 0xB0, 0x30, 0x20});
        Font small = font(9, false, new byte[] {0x55, 0x5F, 0x6B});
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        header = bordered(headerFont);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        ((XSSFCellStyle) header).setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE4, (byte) 0xEB, (byte) 0xF3}, null));
        text = bordered(body);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = bordered(body);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped.setWrapText(true);
        centered = bordered(body);
        centered.setAlignment(HorizontalAlignment.CENTER);
        centered.setVerticalAlignment(VerticalAlignment.TOP);
        centered.setWrapText(true);
        sample = workbook.createCellStyle();
        sample.setFont(warning);
        note = workbook.createCellStyle();
        note.setFont(small);
        percent = bordered(body);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        percent.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** A number style for a format such as {@code #,##0} or {@code #,##0.00}, made once per format. */
    CellStyle number(String format) {
        return numbers.computeIfAbsent(format, f -> {
            CellStyle style = bordered(font(9, false, null));
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    /**
     * {@code #,##0} for whole numbers, {@code #,##0.00} for two decimals: figures print as the plan writes them.
     * Up to 10 decimals, as many as the store keeps of a figure.
     */
    static String formatFor(int scale) {
        return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(Math.min(scale, 10));
    }

    private CellStyle bordered(Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private final Map<String, Font> fonts = new HashMap<>();

    private Font font(int points, boolean bold, byte[] rgb) {
        String key = points + "/" + bold + "/" + (rgb == null ? "" : java.util.HexFormat.of().formatHex(rgb));
        return fonts.computeIfAbsent(key, k -> {
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            if (rgb != null) {
                ((org.apache.poi.xssf.usermodel.XSSFFont) font).setColor(new XSSFColor(rgb, null));
            }
            return font;
        });
    }
}
