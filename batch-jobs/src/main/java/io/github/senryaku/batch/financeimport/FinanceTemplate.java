package io.github.senryaku.batch.financeimport;

import io.github.senryaku.batch.importing.HeaderLocator;
import io.github.senryaku.batch.importing.PlanCodeCell;
import io.github.senryaku.batch.importing.ReportSheet;

import io.github.senryaku.batch.workbook.TableSheets;
import io.github.senryaku.model.plan.BasicGoal;
import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The workbook the finance office fills in (事業別予算決算): the header row, the year filled in, 取組コード
 * chosen from the plan's measures (listed on their own sheet), 財源 from a list, amounts in thousands of yen,
 * and a 記入方法 sheet. Format: docs/formats.md.
 */
public final class FinanceTemplate {

    static final int HEADER_ROW = 3;
    static final int ROWS = 500;
    static final List<String> FUNDING = List.of("一般財源", "国庫支出金", "県支出金", "地方創生推進交付金",
            "デジタル田園都市国家構想交付金", "地方債", "その他");

    private FinanceTemplate() {
    }

    public static Path write(StrategyPlan plan, FiscalYear year, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("財政課_" + year.shortCode() + "予算決算.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle input = workbook.createCellStyle();
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setLocked(false);
            XSSFSheet sheet = workbook.createSheet(ReportSheet.BUDGET.sheetName());
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(plan.title() + " 事業別予算決算 " + year.label());
            title.getCell(0).setCellStyle(TableSheets.titleStyle(workbook));
            Row who = sheet.createRow(1);
            who.createCell(0).setCellValue(HeaderLocator.DEPARTMENT_LABEL);
            who.createCell(1).setCellValue("財政課");
            who.getCell(1).setCellStyle(input);
            CellStyle locked = workbook.createCellStyle();
            locked.setLocked(true);
            PlanCodeCell.write(sheet, plan, locked);
            List<String> headers = List.of("事業コード", "事業名", "取組コード", "年度", "予算額（千円）", "決算額（千円）", "財源");
            int[] widths = {14, 36, 12, 12, 16, 16, 22};
            CellStyle header = TableSheets.headerStyle(workbook);
            Row headerRow = sheet.createRow(HEADER_ROW);
            for (int i = 0; i < headers.size(); i++) {
                headerRow.createCell(i).setCellValue(headers.get(i));
                headerRow.getCell(i).setCellStyle(header);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            for (int r = HEADER_ROW + 1; r <= HEADER_ROW + ROWS; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < headers.size(); c++) {
                    row.createCell(c).setCellStyle(input);
                }
                row.getCell(3).setCellValue(year.eraLabel());
            }
            int measures = measureList(workbook, plan);
            DataValidationHelper validations = sheet.getDataValidationHelper();
            DataValidation codes = validations.createValidation(
                    validations.createFormulaListConstraint("'取組一覧'!$A$2:$A$" + (measures + 1)),
                    new CellRangeAddressList(HEADER_ROW + 1, HEADER_ROW + ROWS, 2, 2));
            codes.setShowErrorBox(true);
            codes.createErrorBox("取組コード", "シート「取組一覧」の取組コードを選ぶか、計画外の事業なら空欄にしてください");
            sheet.addValidationData(codes);
            DataValidation funding = validations.createValidation(
                    validations.createExplicitListConstraint(FUNDING.toArray(String[]::new)),
                    new CellRangeAddressList(HEADER_ROW + 1, HEADER_ROW + ROWS, 6, 6));
            funding.setShowErrorBox(false);
            sheet.addValidationData(funding);
            TableSheets.finish(sheet, HEADER_ROW, HEADER_ROW + ROWS, headers.size());
            // Protected without a password, as the department template: the plan code and the headers cannot be
            // changed by mistake; rows can still be added, deleted, sorted and filtered.
            sheet.enableLocking();
            sheet.lockFormatColumns(false);
            sheet.lockFormatRows(false);
            sheet.lockInsertRows(false);
            sheet.lockDeleteRows(false);
            sheet.lockAutoFilter(false);
            sheet.lockSort(false);
            guide(workbook, plan, year);
            Path partial = folder.resolve(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The plan's measures, code and title, for the 取組コード list; returns how many. */
    private static int measureList(XSSFWorkbook workbook, StrategyPlan plan) {
        XSSFSheet sheet = workbook.createSheet("取組一覧");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("取組コード");
        header.createCell(1).setCellValue("取組");
        sheet.setColumnWidth(0, 12 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        int r = 1;
        for (BasicGoal goal : plan.goals()) {
            for (Policy policy : goal.policies()) {
                for (Measure measure : policy.measures()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(measure.code().text());
                    row.createCell(1).setCellValue(measure.title());
                }
            }
        }
        return r - 1;
    }

    private static void guide(XSSFWorkbook workbook, StrategyPlan plan, FiscalYear year) {
        XSSFSheet sheet = workbook.createSheet("記入方法");
        sheet.setColumnWidth(0, 110 * 256);
        String[] lines = {
            plan.title() + " 事業別予算決算の記入方法（" + year.label() + "）",
            "",
            "1. 「事業別予算決算」シートに、1事業1年度を1行で記入します（同じ事業コード・年度の行が2つあると差し戻されます）。",
            "2. 取組コード: その事業が財源となる計画の取組を「取組一覧」から選びます。計画の取組に当たらない事業は空欄にします（戦略外として集計）。",
            "3. 予算額・決算額: 見出しの単位（千円）で、数値で記入します（桁区切りのカンマは可）。円単位で記入する場合は見出しを「予算額（円）」に変えます。",
            "4. 財源は任意です。リストにない財源も記入できます。",
            "5. 同じ年度のファイルを後から提出すると、その年度の内容は新しいファイルに置き換わります（前の内容は履歴として残ります）。",
            "6. 誤りがあるとファイル全体が差し戻され、誤りのあるセルの一覧（エラー一覧）が届きます。",
        };
        for (int i = 0; i < lines.length; i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        sheet.getRow(0).getCell(0).setCellStyle(TableSheets.titleStyle(workbook));
    }
}
