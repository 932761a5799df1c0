package io.github.senryaku.bench;

import io.github.senryaku.demo.DemoWorkbooks;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.PlanFileLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A night's load of small department workbooks for {@code bench/many-files.sh}: {@code count} workbooks of the
 * demo's shape (the demo's own writer, every goal's department and every year of the plan), as many rounds of
 * them as it takes. Each round is a resubmission: its rows' remarks say which round (第2版, 第3版…), so no file
 * repeats another's bytes (the import would set a repeat aside as already there) and each round's rows supersede
 * the round before, as a corrected report does.
 *
 * <p>Run as a program: {@code ManyDepartmentWorkbooks PLAN.yaml FOLDER COUNT}.
 */
public final class ManyDepartmentWorkbooks {

    /** The sheets and the column of each that holds free text the import stores (備考, 取組内容). */
    private static final List<SheetText> TEXTS = List.of(new SheetText("数値目標実績", 5), new SheetText("施策実施状況", 3));

    /** The demo's layout: title, 担当課 line, a blank row, the header in row 4, data from row 5. */
    private static final int FIRST_DATA_ROW = 4;

    private record SheetText(String sheet, int column) {
    }

    private ManyDepartmentWorkbooks() {
    }

    public static void main(String[] args) throws Exception {
        StrategyPlan plan = PlanFileLoader.load(Path.of(args[0]));
        Path folder = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        Files.createDirectories(folder);
        Path round = Files.createTempDirectory("demo-round");
        List<Path> demo = DemoWorkbooks.writeWithoutMistakes(plan, plan.period().years(), round);
        for (int i = 0; i < count; i++) {
            Path original = demo.get(i % demo.size());
            int edition = i / demo.size() + 1;
            resubmit(original, edition, folder.resolve(nameOf(original, edition)));
        }
        for (Path file : demo) {
            Files.delete(file);
        }
        Files.delete(round);
        System.out.printf("workbooks=%d rounds=%d%n", count, (count + demo.size() - 1) / demo.size());
    }

    /** こども未来課_R2_基本目標1.xlsx, round 3 → こども未来課_R2_基本目標1_第3版.xlsx (the department stays first). */
    private static String nameOf(Path original, int edition) {
        String name = original.getFileName().toString();
        return name.substring(0, name.length() - ".xlsx".length()) + "_第" + edition + "版.xlsx";
    }

    private static void resubmit(Path original, int edition, Path copy) throws IOException {
        try (InputStream in = Files.newInputStream(original); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            if (edition > 1) {
                for (SheetText text : TEXTS) {
                    mark(workbook.getSheet(text.sheet()), text.column(), "（第" + edition + "版）");
                }
            }
            try (OutputStream out = Files.newOutputStream(copy)) {
                workbook.write(out);
            }
        }
    }

    private static void mark(Sheet sheet, int column, String note) {
        for (int r = FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
                cell.setCellValue(cell.getStringCellValue() + note);
            }
        }
    }
}
