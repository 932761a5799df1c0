package io.github.senryaku.batch.imports;

import io.github.senryaku.batch.workbook.Texts;
import java.util.List;
import java.util.Optional;

/**
 * The sheets an import reads, with their headers: a department report holds one or both of the first two,
 * the finance office's workbook the third. Documented in docs/formats.md.
 */
enum ReportSheet {
    /** 数値目標実績: actuals of numerical targets. */
    ACTUALS("数値目標実績", List.of(Column.TARGET_CODE, Column.YEAR, Column.ACTUAL),
            List.of(Column.TARGET_NAME, Column.UNIT, Column.REMARK)),
    /** 施策実施状況: how each measure went. */
    MEASURES("施策実施状況", List.of(Column.MEASURE_CODE, Column.YEAR, Column.STATUS),
            List.of(Column.CONTENT, Column.RESULT, Column.ISSUE, Column.DIRECTION)),
    /** 事業別予算決算: the finance office's budget and spending per project (事業). */
    BUDGET("事業別予算決算", List.of(Column.PROJECT_CODE, Column.PROJECT_NAME, Column.MEASURE_CODE, Column.YEAR,
            Column.BUDGET, Column.SPENT), List.of(Column.FUNDING));

    /** Who sends a kind of workbook, and so which sheets an import looks for. */
    enum Source {
        DEPARTMENT, FINANCE;

        /** The job's {@code source} property: each import job names whose files it reads. */
        static Source of(jakarta.batch.runtime.context.JobContext job) {
            return of(job.getProperties().getProperty("source"));
        }

        static Source of(String name) {
            return name == null || name.isBlank() ? DEPARTMENT : valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
        }

        List<ReportSheet> sheets() {
            return this == FINANCE ? List.of(BUDGET) : List.of(ACTUALS, MEASURES);
        }
    }

    /** The columns, by their header text. */
    enum Column {
        TARGET_CODE("指標コード"), YEAR("年度"), ACTUAL("実績値"), TARGET_NAME("指標名"), UNIT("単位"), REMARK("備考"),
        MEASURE_CODE("取組コード"), STATUS("実施状況"), CONTENT("取組内容"), RESULT("成果"), ISSUE("課題"),
        DIRECTION("今後の方向性"), PROJECT_CODE("事業コード"), PROJECT_NAME("事業名"), BUDGET("予算額", true),
        SPENT("決算額", true), FUNDING("財源");

        private final String header;
        private final boolean amount;

        Column(String header) {
            this(header, false);
        }

        Column(String header, boolean amount) {
            this.header = header;
            this.amount = amount;
        }

        String header() {
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

    String sheetName() {
        return sheetName;
    }

    List<Column> required() {
        return required;
    }

    List<Column> optional() {
        return optional;
    }

    /** The sheet of this source a workbook's sheet name stands for, after NFKC and trimming. */
    static Optional<ReportSheet> named(String name, Source source) {
        String normalized = Texts.compact(name);
        for (ReportSheet sheet : source.sheets()) {
            if (sheet.sheetName.equals(normalized)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }
}
