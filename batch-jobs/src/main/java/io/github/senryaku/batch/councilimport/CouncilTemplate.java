package io.github.senryaku.batch.councilimport;

import io.github.senryaku.batch.importing.HeaderLocator;
import io.github.senryaku.batch.importing.PlanCodeCell;
import io.github.senryaku.batch.importing.ReportSheet;
import io.github.senryaku.batch.importing.ReportSheet.Column;
import io.github.senryaku.batch.workbook.TableSheets;
import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook the planning office fills in with the review council's opinions and its responses (推進会議意見):
 * one row for 総括 and one per goal prefilled, free rows below, 対象コード chosen from the subjects in force that
 * year (listed on the hidden sheet 対象一覧), 対象名 looked up from it by formula, the year filled in, and a 記入方法
 * sheet. Format: docs/formats.md.
 */
public final class CouncilTemplate {

    static final int HEADER_ROW = 3;
    /** Rows offered below the header, prefilled ones included. */
    static final int ROWS = 200;
    static final String SUBJECT_SHEET = "対象一覧";
    static final List<String> HEADERS = List.of(Column.SUBJECT_CODE.header(), "対象名", Column.YEAR.header(),
            Column.OPINION.header(), Column.RESPONSE.header(), Column.GIVEN_BY.header());
    private static final int[] WIDTHS = {12, 36, 12, 60, 60, 22};

    private CouncilTemplate() {
    }

    /** Writes 推進会議意見_R6.xlsx into the folder; returns its path. */
    public static Path write(StrategyPlan plan, FiscalYear year, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("推進会議意見_" + year.shortCode() + ".xlsx");
        ReviewSubjects subjects = ReviewSubjects.inForce(plan, year);
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(ReportSheet.COUNCIL.sheetName());
            int listed = subjectList(workbook, subjects);
            opinions(workbook, sheet, plan, year, subjects, listed);
            guide(workbook, plan, year);
            // 対象名 holds its value once computed, so that a reader which does not calculate (a viewer, a test) sees it.
            XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
            Path partial = folder.resolve(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private static void opinions(XSSFWorkbook workbook, XSSFSheet sheet, StrategyPlan plan, FiscalYear year,
            ReviewSubjects subjects, int listed) {
        CellStyle input = workbook.createCellStyle();
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        input.setVerticalAlignment(VerticalAlignment.TOP);
        input.setLocked(false);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.cloneStyleFrom(input);
        wrapped.setWrapText(true);
        CellStyle locked = workbook.createCellStyle();
        locked.setLocked(true);
        locked.setVerticalAlignment(VerticalAlignment.TOP);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(plan.title() + " 推進会議の意見と対応方針 " + year.label());
        title.getCell(0).setCellStyle(TableSheets.titleStyle(workbook));
        Row who = sheet.createRow(1);
        who.createCell(0).setCellValue(HeaderLocator.DEPARTMENT_LABEL);
        who.createCell(1).setCellStyle(input);
        PlanCodeCell.write(sheet, plan, locked);
        CellStyle header = TableSheets.headerStyle(workbook);
        Row headerRow = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < HEADERS.size(); c++) {
            headerRow.createCell(c).setCellValue(HEADERS.get(c));
            headerRow.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        List<ReviewSubject> prefilled = new java.util.ArrayList<>();
        prefilled.add(new ReviewSubject.Overall());
        subjects.goals().forEach(goal -> prefilled.add(goal.subject()));
        String names = "'" + SUBJECT_SHEET + "'!$A$2:$B$" + (listed + 1);
        for (int r = HEADER_ROW + 1; r <= HEADER_ROW + ROWS; r++) {
            Row row = sheet.createRow(r);
            int index = r - HEADER_ROW - 1;
            row.createCell(0).setCellStyle(input);
            if (index < prefilled.size()) {
                row.getCell(0).setCellValue(prefilled.get(index).text());
            }
            String code = "A" + (r + 1);
            row.createCell(1).setCellFormula("IF(" + code + "=\"\",\"\",IFERROR(VLOOKUP(" + code + "," + names
                    + ",2,FALSE),\"（対象一覧にないコード）\"))");
            row.getCell(1).setCellStyle(locked);
            row.createCell(2).setCellValue(year.eraLabel());
            row.getCell(2).setCellStyle(input);
            for (int c = 3; c < HEADERS.size(); c++) {
                row.createCell(c).setCellStyle(c < 5 ? wrapped : input);
            }
        }
        DataValidationHelper validations = sheet.getDataValidationHelper();
        DataValidation codes = validations.createValidation(
                validations.createFormulaListConstraint("'" + SUBJECT_SHEET + "'!$A$2:$A$" + (listed + 1)),
                new CellRangeAddressList(HEADER_ROW + 1, HEADER_ROW + ROWS, 0, 0));
        codes.setShowErrorBox(true);
        codes.createErrorBox("対象コード", "一覧から選んでください（基本目標・数値目標・KPI・主要施策のコード、または「総括」）");
        sheet.addValidationData(codes);
        TableSheets.finish(sheet, HEADER_ROW, HEADER_ROW + ROWS, HEADERS.size());
        // Protected without a password, as the other templates: the plan code, the headers and 対象名's formula
        // cannot be changed by mistake; rows can still be added, deleted, sorted and filtered.
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
    }

    /** The subjects in force that year, code, name and kind, on a hidden sheet; returns how many. */
    private static int subjectList(XSSFWorkbook workbook, ReviewSubjects subjects) {
        XSSFSheet sheet = workbook.createSheet(SUBJECT_SHEET);
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(Column.SUBJECT_CODE.header());
        header.createCell(1).setCellValue("対象名");
        header.createCell(2).setCellValue("区分");
        int r = 1;
        for (ReviewSubjects.Entry entry : subjects.entries()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(entry.subject().text());
            row.createCell(1).setCellValue(entry.name());
            row.createCell(2).setCellValue(entry.kind());
        }
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
        return r - 1;
    }

    private static void guide(XSSFWorkbook workbook, StrategyPlan plan, FiscalYear year) {
        XSSFSheet sheet = workbook.createSheet("記入方法");
        sheet.setColumnWidth(0, 110 * 256);
        String[] lines = {
            plan.title() + " 推進会議の意見と対応方針の記入方法（" + year.label() + "）",
            "",
            "1. 「推進会議意見」シートに、推進会議・外部有識者の意見1件を1行で記入し、同じ行に市の対応方針を記入します。",
            "2. 対象コード: 意見の対象を一覧から選びます（基本目標 G1、数値目標 T1-1、KPI K1-1-1、主要施策 P1-1、計画全体は「総括」）。"
                    + "総括と基本目標の行は最初から用意してあります。同じ対象への意見が複数あるときは、行を分けて同じコードを選びます。",
            "3. 意見と対応方針は両方とも必須です（どちらかだけの行は差し戻されます）。委員・会議（例: 第2回推進会議、○○委員）は任意です。",
            "4. 意見のない行は空欄のままで構いません（取り込まれません）。年度は記入済みです。",
            "5. 同じ年度のファイルを後から提出すると、そのファイルにある対象の意見は新しい内容に置き換わります（前の内容は履歴として残ります）。"
                    + "ファイルにない対象の意見はそのまま残ります。",
            "6. 誤りがあるとファイル全体が差し戻され、誤りのあるセルの一覧（エラー一覧）が届きます。",
        };
        for (int i = 0; i < lines.length; i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        sheet.getRow(0).getCell(0).setCellStyle(TableSheets.titleStyle(workbook));
    }
}
