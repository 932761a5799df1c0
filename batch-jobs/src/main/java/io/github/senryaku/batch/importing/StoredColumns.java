package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.workbook.Texts;
import java.math.BigDecimal;

/**
 * The widths of the store's columns that a file's values land in (db/migration V1__store.sql,
 * V2__finance.sql, V9__council_opinions.sql), in one place: every value is checked against them before it is staged, so no file can
 * make an INSERT fail. StoredColumnsTest reads the migrations and fails when the two drift apart.
 */
public final class StoredColumns {

    /** import_file.department VARCHAR(200). */
    static final int DEPARTMENT = 200;
    /** import_file.original_name VARCHAR(512). */
    static final int ORIGINAL_NAME = 512;
    /** actual.remark VARCHAR(4000). */
    public static final int REMARK = 4000;
    /** measure_report.content, result, issue VARCHAR(4000). */
    public static final int MEASURE_TEXT = 4000;
    /** budget_line.project_code VARCHAR(64). */
    public static final int PROJECT_CODE = 64;
    /** budget_line.project_name VARCHAR(400). */
    public static final int PROJECT_NAME = 400;
    /** budget_line.funding VARCHAR(200). */
    public static final int FUNDING = 200;
    /** council_opinion.opinion, response VARCHAR(4000). */
    public static final int OPINION_TEXT = 4000;
    /** council_opinion.given_by VARCHAR(200). */
    public static final int GIVEN_BY = 200;
    /** actual.figure NUMERIC(38, 10): 28 digits before the point, 10 after. */
    public static final int FIGURE_PRECISION = 38;
    public static final int FIGURE_SCALE = 10;
    /** budget_line.budget_yen, spent_yen NUMERIC(20, 0): whole yen. */
    public static final int YEN_PRECISION = 20;

    private StoredColumns() {
    }

    /** Digits before the decimal point: 0 for 0.5, 3 for 123.45. */
    public static int integerDigits(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return Math.max(0, plain.precision() - plain.scale());
    }

    /** Digits after the decimal point, trailing zeros left out: 1.50 has 1. */
    public static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }

    /**
     * A text as stored: canonical Unicode (NFC), so that the same words typed on a Mac (NFD) and on Windows
     * are the same text, otherwise kept as written; or empty, with the problem recorded, when it is longer
     * than its column.
     */
    public static String text(ReportRow row, ReportSheet.Column column, int limit, RowProblems problems) {
        String text = row.cell(column).map(c -> Texts.canonical(c.display()).strip()).orElse("");
        if (text.length() > limit) {
            problems.error(column, excerpt(text), column.header() + "が長すぎます（" + String.format("%,d", text.length())
                    + "文字）", String.format("%,d文字以内にしてください", limit));
            return "";
        }
        return text;
    }

    /** The first characters of a long text, for an error report's 入力値. */
    public static String excerpt(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
