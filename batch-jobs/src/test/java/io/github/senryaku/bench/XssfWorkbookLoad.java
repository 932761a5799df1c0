package io.github.senryaku.bench;

import java.io.File;
import java.math.BigDecimal;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The benchmark's baseline: load the workbook with POI's whole-workbook object model and sum the 実績値
 * column — what a first, naive reader would do. Prints rows and seconds.
 */
public final class XssfWorkbookLoad {

    private XssfWorkbookLoad() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long rows = 0;
        BigDecimal sum = BigDecimal.ZERO;
        try (OPCPackage pkg = OPCPackage.open(new File(args[0]), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Sheet sheet = workbook.getSheet("数値目標実績");
            for (Row row : sheet) {
                Cell value = row.getCell(3);
                if (row.getRowNum() > 0 && value != null && value.getCellType() == CellType.NUMERIC) {
                    sum = sum.add(BigDecimal.valueOf(value.getNumericCellValue()));
                    rows++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("rows=%d seconds=%.2f sum=%s%n", rows, seconds, sum.toPlainString());
    }
}
