package io.github.senryaku.reports.golden;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook as text a diff can read: one line per non-empty cell, {@code sheet!B4=value}, numbers with
 * their number format ({@code [#,##0.00]}: the format decides what a reader sees), then each chart's title
 * and the cells its series read. The file's bytes carry times and ids; what it shows does not.
 */
final class WorkbookDump {

    private WorkbookDump() {
    }

    static String of(byte[] xlsx) throws IOException {
        StringBuilder out = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                out.append("[").append(sheet.getSheetName()).append("]\n");
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String value = value(cell);
                        if (!value.isEmpty()) {
                            out.append(sheet.getSheetName()).append('!').append(cell.getAddress()).append('=')
                                    .append(value).append('\n');
                        }
                    }
                }
                charts((XSSFSheet) sheet, out);
            }
        }
        return out.toString();
    }

    private static String value(Cell cell) {
        switch (cell.getCellType()) {
            case STRING:
                return cell.getStringCellValue().replace("\n", "\\n");
            case NUMERIC:
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                        + " [" + cell.getCellStyle().getDataFormatString() + "]";
            case BOOLEAN:
                return String.valueOf(cell.getBooleanCellValue());
            case FORMULA:
                return "=" + cell.getCellFormula();
            default:
                return "";
        }
    }

    private static void charts(XSSFSheet sheet, StringBuilder out) {
        if (sheet.getDrawingPatriarch() == null) {
            return;
        }
        int number = 0;
        for (XSSFChart chart : sheet.getDrawingPatriarch().getCharts()) {
            number++;
            out.append(sheet.getSheetName()).append("!chart").append(number).append(" title=")
                    .append(chart.getTitleText() == null ? "" : chart.getTitleText().getString()).append('\n');
            for (XDDFChartData data : chart.getChartSeries()) {
                for (int i = 0; i < data.getSeriesCount(); i++) {
                    XDDFChartData.Series series = data.getSeries(i);
                    out.append(sheet.getSheetName()).append("!chart").append(number).append(" series ")
                            .append(series.getCategoryData().getDataRangeReference()).append(" -> ")
                            .append(series.getValuesData().getDataRangeReference()).append('\n');
                }
            }
        }
    }
}
