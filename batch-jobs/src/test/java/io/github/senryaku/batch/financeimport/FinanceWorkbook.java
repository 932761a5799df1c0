package io.github.senryaku.batch.financeimport;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a finance workbook (事業別予算決算) for tests: a title row, the header, then lines as given. */
public final class FinanceWorkbook {

    private final List<String> headers = new ArrayList<>(List.of("事業コード", "事業名", "取組コード", "年度", "予算額（千円）",
            "決算額（千円）", "財源"));
    private final List<Object[]> lines = new ArrayList<>();
    private String sheetName = "事業別予算決算";

    public static FinanceWorkbook xlsx() {
        return new FinanceWorkbook();
    }

    public FinanceWorkbook headers(String... names) {
        headers.clear();
        headers.addAll(List.of(names));
        return this;
    }

    public FinanceWorkbook sheet(String name) {
        sheetName = name;
        return this;
    }

    /** Values are written as they come: numbers as number cells, strings as text. */
    public FinanceWorkbook line(Object... values) {
        lines.add(values);
        return this;
    }

    public Path writeTo(Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(sheetName);
            sheet.createRow(0).createCell(0).setCellValue("令和6年度 事業別予算決算（財政課）");
            Row header = sheet.createRow(2);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            int r = 3;
            for (Object[] values : lines) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c].toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
