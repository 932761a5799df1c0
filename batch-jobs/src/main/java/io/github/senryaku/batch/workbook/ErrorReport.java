package io.github.senryaku.batch.workbook;

import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
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
    /** Rows a report lists: what one Excel sheet holds below the header; the rest are counted in its last line. */
    static final int MAX_ROWS = 1_048_576 - 5;

    /** Where the problems come from: handed over one by one, in file order, so none need be held in memory. */
    @FunctionalInterface
    public interface Problems {
        void forEach(Consumer<Problem> sink) throws Exception;
    }

    private ErrorReport() {
    }

    /**
     * Writes the report, streaming: rows go to disk as they come (SXSSF keeps a window of 200), so a
     * million problems take no more memory than ten.
     *
     * @param errors   how many errors the problems hold, for the title
     * @param warnings how many warnings
     */
    public static void write(Path target, String fileName, long errors, long warnings, Problems problems) throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet(SHEET);
            Styles styles = new Styles(workbook);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("差戻し: " + fileName + "（エラー " + errors + " 件・警告 " + warnings + " 件）");
            title.getCell(0).setCellStyle(styles.title);
            sheet.createRow(1).createCell(0).setCellValue("エラーをすべて直してから、もう一度提出してください。警告は確認だけで構いません。");
            Row header = sheet.createRow(3);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                header.getCell(i).setCellStyle(styles.header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            int[] rowIndex = {4};
            long[] listed = {0};
            long[] left = {0};
            problems.forEach(problem -> {
                if (listed[0] == MAX_ROWS) {
                    left[0]++;
                    return;
                }
                listed[0]++;
                Row row = sheet.createRow(rowIndex[0]++);
                String sheetName = problem.location() instanceof Location.Cell cell ? cell.sheet() : "";
                String at = problem.location() instanceof Location.Cell cell ? cell.cell() : "";
                String[] values = {problem.isError() ? "エラー" : "警告", sheetName, at, problem.input(), problem.message(),
                        problem.hint()};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i]);
                    row.getCell(i).setCellStyle(styles.body);
                }
            });
            if (left[0] > 0) {
                sheet.createRow(rowIndex[0]).createCell(0).setCellValue("ほか " + left[0] + " 件");
            }
            TableSheets.finish(sheet, 3, rowIndex[0] - 1, HEADERS.length);
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
