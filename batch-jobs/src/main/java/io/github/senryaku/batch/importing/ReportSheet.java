package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.workbook.Texts;
import java.util.List;
import java.util.Optional;

/**
 * The sheets an import reads, with their headers; each {@link ImportSource} names the ones its workbooks hold
 * (a department report one or both of the first two, the finance office's workbook the third, the council's
 * opinions the fourth). Documented in docs/formats.md.
 */
public enum ReportSheet {
    /** 数値目標実績: actuals of numerical targets. */
    ACTUALS("数値目標実績", List.of(Column.TARGET_CODE, Column.YEAR, Column.ACTUAL),
            List.of(Column.TARGET_NAME, Column.UNIT, Column.REMARK)),
    /** 施策実施状況: how each measure went. */
    MEASURES("施策実施状況", List.of(Column.MEASURE_CODE, Column.YEAR, Column.STATUS),
            List.of(Column.CONTENT, Column.RESULT, Column.ISSUE, Column.DIRECTION)),
    /** 事業別予算決算: the finance office's budget and spending per project (事業). */
    BUDGET("事業別予算決算", List.of(Column.PROJECT_CODE, Column.PROJECT_NAME, Column.MEASURE_CODE, Column.YEAR,
            Column.BUDGET, Column.SPENT), List.of(Column.FUNDING)),
    /** 推進会議意見: the review council's opinions and the planning office's responses. */
    COUNCIL("推進会議意見", List.of(Column.SUBJECT_CODE, Column.YEAR, Column.OPINION, Column.RESPONSE),
            List.of(Column.GIVEN_BY));

    /** The columns, by their header text. */
    public enum Column {
        TARGET_CODE("指標コード"), YEAR("年度"), ACTUAL("実績値"), TARGET_NAME("指標名"), UNIT("単位"), REMARK("備考"),
        MEASURE_CODE("取組コード"), STATUS("実施状況"), CONTENT("取組内容"), RESULT("成果"), ISSUE("課題"),
        DIRECTION("今後の方向性"), PROJECT_CODE("事業コード"), PROJECT_NAME("事業名"), BUDGET("予算額", true),
        SPENT("決算額", true), FUNDING("財源"), SUBJECT_CODE("対象コード"), OPINION("意見"), RESPONSE("対応方針"),
        GIVEN_BY("委員・会議");

        private final String header;
        private final boolean amount;

        Column(String header) {
            this(header, false);
        }

        Column(String header, boolean amount) {
            this.header = header;
            this.amount = amount;
        }

        public String header() {
            return header;
        }

        /** An amount's header may name its unit: 予算額（千円）. */
        boolean isAmount() {
            return amount;
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

    public String sheetName() {
        return sheetName;
    }

    List<Column> required() {
        return required;
    }

    List<Column> optional() {
        return optional;
    }

    /** The sheet among a source's that a workbook's sheet name stands for, after NFKC and trimming. */
    static Optional<ReportSheet> named(String name, List<ReportSheet> sheets) {
        String normalized = Texts.compact(name);
        for (ReportSheet sheet : sheets) {
            if (sheet.sheetName.equals(normalized)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }
}
