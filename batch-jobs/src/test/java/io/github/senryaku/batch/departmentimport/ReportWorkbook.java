package io.github.senryaku.batch.departmentimport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Department workbooks for tests, laid out as departments fill them in: a title row, the 担当課 line,
 * a blank row, the header row, then data. A {@link Number} becomes a number cell, a string a text cell,
 * a string starting with {@code =} a formula, a {@link java.time.LocalDate} a number cell shown as a date
 * (yyyy/m/d, as Excel makes of a typed 2024/4/1), {@code null} an empty cell.
 */
public final class ReportWorkbook {

    static final List<String> ACTUAL_HEADERS = List.of("指標コード", "指標名", "年度", "実績値", "単位", "備考");
    static final List<String> MEASURE_HEADERS = List.of("取組コード", "年度", "実施状況", "取組内容", "成果", "課題", "今後の方向性");

    private final boolean xls;
    private String department = "観光政策課";
    private final List<Object[]> actuals = new ArrayList<>();
    private final List<Object[]> measures = new ArrayList<>();
    private List<String> actualHeaders = ACTUAL_HEADERS;
    private boolean withActuals;
    private boolean withMeasures;

    private ReportWorkbook(boolean xls) {
        this.xls = xls;
    }

    public static ReportWorkbook xlsx() {
        return new ReportWorkbook(false);
    }

    public static ReportWorkbook xls() {
        return new ReportWorkbook(true);
    }

    public ReportWorkbook department(String name) {
        this.department = name;
        return this;
    }

    public ReportWorkbook actualHeaders(List<String> headers) {
        this.actualHeaders = headers;
        return this;
    }

    /** A row of 数値目標実績 in the order of {@link #ACTUAL_HEADERS}. */
    public ReportWorkbook actual(Object... cells) {
        withActuals = true;
        actuals.add(cells);
        return this;
    }

    /** A row of 施策実施状況 in the order of {@link #MEASURE_HEADERS}. */
    public ReportWorkbook measure(Object... cells) {
        withMeasures = true;
        measures.add(cells);
        return this;
    }

    public Path writeTo(Path file) throws IOException {
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
            if (withActuals || !withMeasures) {
                sheet(workbook, "数値目標実績", actualHeaders, actuals);
            }
            if (withMeasures) {
                sheet(workbook, "施策実施状況", MEASURE_HEADERS, measures);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private void sheet(Workbook workbook, String name, List<String> headers, List<Object[]> rows) {
        Sheet sheet = workbook.createSheet(name);
        sheet.createRow(0).createCell(0).setCellValue("令和6年度 総合戦略 進捗報告（" + name + "）");
        Row departmentRow = sheet.createRow(1);
        departmentRow.createCell(0).setCellValue("担当課");
        if (department != null) {
            departmentRow.createCell(1).setCellValue(department);
        }
        Row header = sheet.createRow(3);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(4 + r);
            Object[] values = rows.get(r);
            for (int c = 0; c < values.length; c++) {
                set(row.createCell(c), values[c], workbook);
            }
        }
    }

    private final java.util.Map<Workbook, org.apache.poi.ss.usermodel.CellStyle> dateStyles = new java.util.HashMap<>();

    private void set(Cell cell, Object value, Workbook workbook) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof java.time.LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyles.computeIfAbsent(workbook, w -> {
                org.apache.poi.ss.usermodel.CellStyle style = w.createCellStyle();
                style.setDataFormat(w.createDataFormat().getFormat("yyyy/m/d"));
                return style;
            }));
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value.toString().startsWith("=")) {
            cell.setCellFormula(value.toString().substring(1));
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
