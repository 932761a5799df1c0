package io.github.senryaku.reports.xlsx;

import org.apache.poi.ss.usermodel.Sheet;

/**
 * Column widths that fit Japanese text. Excel measures widths in 1/256 of a Latin digit; a full-width
 * character takes about two. Measured from the texts written, so no autoSizeColumn (which needs AWT
 * fonts and every row in memory).
 */
final class ColumnWidths {

    private final int[] units;
    private final int[] caps;

    /** @param caps the widest each column may grow, in digits (long texts wrap instead) */
    ColumnWidths(int... caps) {
        this.units = new int[caps.length];
        this.caps = caps.clone();
    }

    void see(int column, String text) {
        if (column >= units.length || text == null) {
            return;
        }
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        units[column] = Math.max(units[column], Math.min(width, caps[column]));
    }

    void apply(Sheet sheet) {
        for (int column = 0; column < units.length; column++) {
            sheet.setColumnWidth(column, Math.min(255, Math.max(units[column], 4) + 2) * 256);
        }
    }
}
