package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.importing.HeaderLocator;
import io.github.senryaku.batch.importing.PlanCodeCell;
import io.github.senryaku.batch.importing.ReportSheet;

import io.github.senryaku.batch.importing.ReportSheet.Column;
import io.github.senryaku.batch.workbook.TableSheets;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook departments fill in for a year: both report sheets with codes, names, units and the year
 * filled in and locked, dropdowns where the values are fixed, and a 記入方法 sheet. Its layout is the one
 * the import reads (docs/formats.md).
 */
public final class ReportTemplate {

    static final int HEADER_ROW = 3;
    private static final String GUIDE = "記入方法";
    static final String KIND = "区分";
    /** The 記入方法 line after which the lines about the plan's indicator shapes go. */
    private static final String SHAPES_AFTER = "   ・実績がない行は空欄のままで構いません（未提出として扱われます）。";

    private ReportTemplate() {
    }

    /** Writes the template into the folder; returns its path. */
    public static Path write(StrategyPlan plan, FiscalYear year, Optional<String> department, Path folder)
            throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(department.map(d -> d + "_" + year.shortCode() + "報告.xlsx")
                .orElse(year.shortCode() + "報告様式.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            actuals(workbook, styles, plan, year, department);
            measures(workbook, styles, plan, year, department);
            guide(workbook, styles, plan, year);
            Path partial = folder.resolve(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static void actuals(XSSFWorkbook workbook, Styles styles, StrategyPlan plan, FiscalYear year,
            Optional<String> department) {
        XSSFSheet sheet = top(workbook, styles, ReportSheet.ACTUALS.sheetName(), plan, year, department,
                List.of(Column.TARGET_CODE.header(), Column.TARGET_NAME.header(), Column.YEAR.header(),
                        Column.ACTUAL.header(), Column.UNIT.header(), Column.REMARK.header(), "記入のしかた", KIND),
                new int[] {12, 40, 14, 16, 8, 30, 60, 20});
        int rowIndex = HEADER_ROW + 1;
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (NumericalTarget target : offered(plan, year)) {
            Row row = sheet.createRow(rowIndex);
            locked(row, 0, target.code().text(), styles);
            locked(row, 1, target.name(), styles);
            locked(row, 2, target.periodKind().eraLabel(year), styles);
            row.createCell(3).setCellStyle(styles.input);
            locked(row, 4, target.unit().symbol(), styles);
            row.createCell(5).setCellStyle(styles.input);
            if (target.isMilestone()) {
                List<String> choices = new java.util.ArrayList<>(target.states());
                choices.addAll(ActualValueReader.NOT_PUBLISHED);
                DataValidation list = validations.createValidation(
                        validations.createExplicitListConstraint(choices.toArray(String[]::new)),
                        new CellRangeAddressList(rowIndex, rowIndex, 3, 3));
                list.setShowErrorBox(true);
                sheet.addValidationData(list);
                locked(row, 6, "選択: " + String.join("／", target.states()), styles);
            } else {
                locked(row, 6, IndicatorGuidance.shapeNote(target) + "数値" + (target.unit().isNone() ? "" : "（" + target.unit() + "）")
                        + "。概数は「約」、未公表は「集計中」", styles);
            }
            locked(row, 7, IndicatorGuidance.kind(target), styles);
            rowIndex++;
        }
        finish(sheet, rowIndex, 8);
    }

    /**
     * The indicators a year's sheet offers: every one that takes actuals (全体目標, 数値目標, KPIs; a KPI printed
     * again under another policy only once), in the plan's order, in the years its figure is due — from its
     * baseline year or first year counted to its target year, and only in survey years for a survey indicator.
     */
    static List<NumericalTarget> offered(StrategyPlan plan, FiscalYear year) {
        return plan.targets().filter(target -> target.isDue(year)).toList();
    }

    private static void measures(XSSFWorkbook workbook, Styles styles, StrategyPlan plan, FiscalYear year,
            Optional<String> department) {
        XSSFSheet sheet = top(workbook, styles, ReportSheet.MEASURES.sheetName(), plan, year, department,
                List.of(Column.MEASURE_CODE.header(), "取組名", Column.YEAR.header(), Column.STATUS.header(),
                        Column.CONTENT.header(), Column.RESULT.header(), Column.ISSUE.header(), Column.DIRECTION.header()),
                new int[] {12, 50, 14, 12, 40, 40, 40, 14});
        int first = HEADER_ROW + 1;
        int rowIndex = first;
        for (Measure measure : plan.measures().filter(m -> department.isEmpty() || m.department().isEmpty()
                || m.department().equals(department)).toList()) {
            Row row = sheet.createRow(rowIndex++);
            locked(row, 0, measure.code().text(), styles);
            locked(row, 1, (measure.isNew() ? "[新規] " : "") + measure.title(), styles);
            locked(row, 2, year.eraLabel(), styles);
            for (int column = 3; column <= 7; column++) {
                row.createCell(column).setCellStyle(column >= 4 && column <= 6 ? styles.inputWrapped : styles.input);
            }
        }
        if (rowIndex > first) {
            DataValidationHelper validations = sheet.getDataValidationHelper();
            dropdown(sheet, validations, MeasureRowValidator.STATUSES, first, rowIndex - 1, 3);
            dropdown(sheet, validations, MeasureRowValidator.DIRECTIONS, first, rowIndex - 1, 7);
        }
        finish(sheet, rowIndex, 8);
    }

    private static void dropdown(XSSFSheet sheet, DataValidationHelper validations, List<String> values, int firstRow,
            int lastRow, int column) {
        DataValidation list = validations.createValidation(
                validations.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        list.setShowErrorBox(true);
        list.createErrorBox("選択してください", String.join("／", values) + " から選んでください");
        sheet.addValidationData(list);
    }

    /** Title, the 担当課 line, the header row; returns the sheet. */
    private static XSSFSheet top(XSSFWorkbook workbook, Styles styles, String name, StrategyPlan plan, FiscalYear year,
            Optional<String> department, List<String> headers, int[] widths) {
        XSSFSheet sheet = workbook.createSheet(name);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(plan.title() + " 進捗報告（" + name + "） " + year.label());
        title.getCell(0).setCellStyle(styles.title);
        Row departmentRow = sheet.createRow(1);
        locked(departmentRow, 0, HeaderLocator.DEPARTMENT_LABEL, styles);
        departmentRow.createCell(1).setCellStyle(styles.input);
        department.ifPresent(d -> departmentRow.getCell(1).setCellValue(d));
        PlanCodeCell.write(sheet, plan, styles.locked);
        Row header = sheet.createRow(HEADER_ROW);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
            header.getCell(i).setCellStyle(styles.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        return sheet;
    }

    /** Frozen header, autofilter, A4 landscape, locked except the input cells. */
    private static void finish(XSSFSheet sheet, int endRow, int columns) {
        TableSheets.finish(sheet, HEADER_ROW, endRow - 1, columns);
        // Protection without a password: codes and names cannot be changed by mistake, and a department
        // that must can still lift it from the Review tab.
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
    }

    private static void guide(XSSFWorkbook workbook, Styles styles, StrategyPlan plan, FiscalYear year) {
        XSSFSheet sheet = workbook.createSheet(GUIDE);
        sheet.setColumnWidth(0, 110 * 256);
        List<String> lines = new java.util.ArrayList<>(List.of(
            plan.title() + " 進捗報告の記入方法（" + year.label() + "）",
            "",
            "1. 各シートの2行目「担当課」の右のセルに課名を記入してください。",
            "2. 「数値目標実績」シート: 黄色のセル（実績値・備考）だけを記入します。指標コード・指標名・年度・単位は変更しないでください。",
            "   ・実績値は数値で記入します（例: 1121、1,121、1,121万人）。概数は「約1,900」のように「約」を付けます。",
            "   ・まだ公表されていない数値は「集計中」「未公表」「未確定」のいずれかを記入します。",
            "   ・整備状況などの段階は、セルのリストから選びます。",
            SHAPES_AFTER,
            "3. 「施策実施状況」シート: 実施状況（" + String.join("／", MeasureRowValidator.STATUSES) + "）と今後の方向性（"
                    + String.join("／", MeasureRowValidator.DIRECTIONS) + "）はリストから選び、取組内容・成果・課題を記入します。",
            "4. 数式を使った場合は、Excel で開いて上書き保存してから提出してください（計算結果が保存されます）。",
            "5. 提出されたファイルは自動で点検されます。誤りがあるとファイル全体が差し戻され、誤りのあるセルの一覧（エラー一覧）が届きます。",
            "   一覧のとおり直して、もう一度提出してください。同じ内容のファイルを2回提出しても二重には登録されません。"));
        lines.addAll(lines.indexOf(SHAPES_AFTER) + 1, IndicatorGuidance.guideLines(plan, year, offered(plan, year)));
        for (int i = 0; i < lines.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
        sheet.getRow(0).getCell(0).setCellStyle(styles.title);
    }

    private static void locked(Row row, int column, String value, Styles styles) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(styles.locked);
    }

    /** Cell styles, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle locked;
        final CellStyle input;
        final CellStyle inputWrapped;

        Styles(XSSFWorkbook workbook) {
            title = TableSheets.titleStyle(workbook);
            header = TableSheets.headerStyle(workbook);
            locked = workbook.createCellStyle();
            locked.setLocked(true);
            locked.setBorderBottom(BorderStyle.HAIR);
            input = workbook.createCellStyle();
            input.setLocked(false);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setBorderBottom(BorderStyle.HAIR);
            inputWrapped = workbook.createCellStyle();
            inputWrapped.cloneStyleFrom(input);
            inputWrapped.setWrapText(true);
        }
    }
}
