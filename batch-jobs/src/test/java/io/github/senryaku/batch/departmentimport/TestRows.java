package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.importing.HeaderRow;
import io.github.senryaku.batch.importing.ReportRow;
import io.github.senryaku.batch.importing.ReportSheet;

import io.github.senryaku.batch.importing.ReportSheet.Column;
import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.batch.workbook.RawRow;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.testing.ProjectFiles;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Report rows for unit tests, laid out as the template lays them out, row 5 of the sheet. */
final class TestRows {

    static final String FILE = "観光政策課_R6.xlsx";

    private TestRows() {
    }

    static StrategyPlan kanazawa() {
        try {
            return PlanFileLoader.load(ProjectFiles.kanazawaPlan());
        } catch (InvalidFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** config/plans/sample-shapes.yaml: every shape of indicator (全体目標, KPIs, 累計, 平均, survey years, 新規, 毎年度). */
    static StrategyPlan sampleShapes() {
        try {
            return PlanFileLoader.load(ProjectFiles.config("plans/sample-shapes.yaml"));
        } catch (InvalidFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 指標コード, 指標名, 年度, 実績値, 単位, 備考 in columns A–F. */
    static ReportRow actual(Object... cells) {
        return row(ReportSheet.ACTUALS, List.of(Column.TARGET_CODE, Column.TARGET_NAME, Column.YEAR, Column.ACTUAL,
                Column.UNIT, Column.REMARK), cells);
    }

    /** 取組コード, 年度, 実施状況, 取組内容, 成果, 課題, 今後の方向性 in columns A–G. */
    static ReportRow measure(Object... cells) {
        return row(ReportSheet.MEASURES, List.of(Column.MEASURE_CODE, Column.YEAR, Column.STATUS, Column.CONTENT,
                Column.RESULT, Column.ISSUE, Column.DIRECTION), cells);
    }

    private static ReportRow row(ReportSheet kind, List<Column> columns, Object... cells) {
        Map<Column, Integer> header = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            header.put(columns.get(i), i);
        }
        Map<Integer, CellValue> values = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof CellValue value) {
                values.put(i, value);
            } else if (cells[i] instanceof Number number) {
                values.put(i, new CellValue.Number(new BigDecimal(number.toString())));
            } else if (cells[i] != null) {
                values.put(i, new CellValue.Text(cells[i].toString()));
            }
        }
        return new ReportRow(1, new HeaderRow(kind.sheetName(), kind, 4, header), new RawRow(kind.sheetName(), 5, values));
    }
}
