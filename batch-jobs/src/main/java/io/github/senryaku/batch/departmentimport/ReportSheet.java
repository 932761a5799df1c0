package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.workbook.Texts;
import java.util.List;
import java.util.Optional;

/** The two sheets a department report may hold, with their headers. Documented in docs/formats.md. */
enum ReportSheet {
    /** 数値目標実績: actuals of numerical targets. */
    ACTUALS("数値目標実績", List.of(Column.TARGET_CODE, Column.YEAR, Column.ACTUAL),
            List.of(Column.TARGET_NAME, Column.UNIT, Column.REMARK)),
    /** 施策実施状況: how each measure went. */
    MEASURES("施策実施状況", List.of(Column.MEASURE_CODE, Column.YEAR, Column.STATUS),
            List.of(Column.CONTENT, Column.RESULT, Column.ISSUE, Column.DIRECTION));

    /** The columns, by their header text. */
    enum Column {
        TARGET_CODE("指標コード"), YEAR("年度"), ACTUAL("実績値"), TARGET_NAME("指標名"), UNIT("単位"), REMARK("備考"),
        MEASURE_CODE("取組コード"), STATUS("実施状況"), CONTENT("取組内容"), RESULT("成果"), ISSUE("課題"),
        DIRECTION("今後の方向性");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        String header() {
            return header;
        }
    }

    private final String sheetName;
    private final List<Column> required;
    private final List<Column> optional;

    ReportSheet(String sheetName, List<Column> required, List<Column> optional) {
        this.sheetName = sheetName;
        this.required = required;
        this.optional = optional;
    }

    String sheetName() {
        return sheetName;
    }

    List<Column> required() {
        return required;
    }

    List<Column> optional() {
        return optional;
    }

    /** The report sheet a workbook's sheet name stands for, after NFKC and trimming. */
    static Optional<ReportSheet> named(String name) {
        String normalized = Texts.compact(name);
        for (ReportSheet sheet : values()) {
            if (sheet.sheetName.equals(normalized)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }
}
