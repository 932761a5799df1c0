package io.github.senryaku.batch.importing;

import io.github.senryaku.model.plan.StrategyPlan;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes the line that says which plan a template reports on: 計画コード and the code, locked like the
 * other given cells, the code's cell named {@value WorkbookPlan#NAME} so that the import finds it wherever a
 * department moves it. It has a row of its own, under the 担当課 line, so that an empty 担当課 cell never
 * reads the label as the department's name.
 */
public final class PlanCodeCell {

    static final int ROW = 2;

    private PlanCodeCell() {
    }

    public static void write(XSSFSheet sheet, StrategyPlan plan, CellStyle locked) {
        Row row = sheet.getRow(ROW) != null ? sheet.getRow(ROW) : sheet.createRow(ROW);
        row.createCell(0).setCellValue(WorkbookPlan.LABEL);
        row.getCell(0).setCellStyle(locked);
        row.createCell(1).setCellValue(plan.code());
        row.getCell(1).setCellStyle(locked);
        if (sheet.getWorkbook().getName(WorkbookPlan.NAME) == null) {
            Name name = sheet.getWorkbook().createName();
            name.setNameName(WorkbookPlan.NAME);
            name.setRefersToFormula("'" + sheet.getSheetName().replace("'", "''") + "'!$B$" + (ROW + 1));
        }
    }
}
