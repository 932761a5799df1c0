package io.github.senryaku.batch.workbook;

import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The error report sent back with a rejected file ({@code <name>.errors.xlsx}): one row per problem with
 * シート, セル, 入力値, 内容, 対処方法, ready to print on A4.
 */
public final class ErrorReport {

    public static final String SHEET = "エラー一覧";
    static final String[] HEADERS = {"区分", "シート", "セル", "入力値", "内容", "対処方法"};
    private static final int[] WIDTHS = {8, 16, 8, 24, 60, 50};
    /** Rows a report lists; the rest are counted in its last line. */
    static final int MAX_ROWS = 50_000;

    private ErrorReport() {
    }

    public static void write(Path target, String fileName, List<Problem> problems) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(SHEET);
            Styles styles = new Styles(workbook);
            long errors = problems.stream().filter(Problem::isError).count();
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("差戻し: " + fileName + "（エラー " + errors + " 件・警告 "
                    + (problems.size() - errors) + " 件）");
            title.getCell(0).setCellStyle(styles.title);
            sheet.createRow(1).createCell(0).setCellValue("エラーをすべて直してから、もう一度提出してください。警告は確認だけで構いません。");
            Row header = sheet.createRow(3);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                header.getCell(i).setCellStyle(styles.header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int rowIndex = 4;
            for (Problem problem : problems.subList(0, Math.min(problems.size(), MAX_ROWS))) {
                Row row = sheet.createRow(rowIndex++);
                String sheetName = problem.location() instanceof Location.Cell cell ? cell.sheet() : "";
                String at = problem.location() instanceof Location.Cell cell ? cell.cell() : "";
                String[] values = {problem.isError() ? "エラー" : "警告", sheetName, at, problem.input(), problem.message(),
                        problem.hint()};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i]);
                    row.getCell(i).setCellStyle(styles.body);
                }
            }
            if (problems.size() > MAX_ROWS) {
                sheet.createRow(rowIndex).createCell(0).setCellValue("ほか " + (problems.size() - MAX_ROWS) + " 件");
            }
            TableSheets.finish(sheet, 3, rowIndex - 1, HEADERS.length);
            Path temporary = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                workbook.write(out);
            }
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Cell styles, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;

        Styles(SXSSFWorkbook workbook) {
            title = TableSheets.titleStyle(workbook);
            header = TableSheets.headerStyle(workbook);
            body = workbook.createCellStyle();
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            body.setBorderBottom(BorderStyle.HAIR);
        }
    }
}
