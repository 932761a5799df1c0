package io.github.senryaku.batch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The checks and the store's migrations must agree on every column a file's value lands in. */
class StoredColumnsTest {

    private static String migrations() throws IOException {
        StringBuilder sql = new StringBuilder();
        for (String name : new String[] {"V1__store.sql", "V2__finance.sql", "V9__council_opinions.sql"}) {
            try (InputStream in = StoredColumnsTest.class.getResourceAsStream("/db/migration/" + name)) {
                sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return sql.toString();
    }

    /** The type arguments of a column in its table's CREATE TABLE: {@code VARCHAR(200)} → "200". */
    private static String declared(String table, String column) throws IOException {
        String sql = migrations();
        int start = sql.indexOf(" " + table + " (\n");
        String body = sql.substring(start, sql.indexOf(");", start));
        Matcher m = Pattern.compile("\\n\\s*" + column + "\\s+(?:VARCHAR|NUMERIC)\\s*\\(([0-9, ]+)\\)").matcher(body);
        if (!m.find()) {
            throw new AssertionError(table + "." + column + " not found");
        }
        return m.group(1).replace(" ", "");
    }

    @Test
    void textLimits_matchTheMigrations() throws IOException {
        assertEquals(String.valueOf(StoredColumns.DEPARTMENT), declared("import_file", "department"));
        assertEquals(String.valueOf(StoredColumns.ORIGINAL_NAME), declared("import_file", "original_name"));
        assertEquals(String.valueOf(StoredColumns.REMARK), declared("actual", "remark"));
        for (String text : new String[] {"content", "result", "issue"}) {
            assertEquals(String.valueOf(StoredColumns.MEASURE_TEXT), declared("measure_report", text));
        }
        assertEquals(String.valueOf(StoredColumns.PROJECT_CODE), declared("budget_line", "project_code"));
        assertEquals(String.valueOf(StoredColumns.PROJECT_NAME), declared("budget_line", "project_name"));
        assertEquals(String.valueOf(StoredColumns.FUNDING), declared("budget_line", "funding"));
        assertEquals(String.valueOf(StoredColumns.OPINION_TEXT), declared("council_opinion", "opinion"));
        assertEquals(String.valueOf(StoredColumns.OPINION_TEXT), declared("council_opinion", "response"));
        assertEquals(String.valueOf(StoredColumns.GIVEN_BY), declared("council_opinion", "given_by"));
    }

    @Test
    void numberLimits_matchTheMigrations() throws IOException {
        assertEquals(StoredColumns.FIGURE_PRECISION + "," + StoredColumns.FIGURE_SCALE, declared("actual", "figure"));
        assertEquals(StoredColumns.YEN_PRECISION + ",0", declared("budget_line", "budget_yen"));
        assertEquals(StoredColumns.YEN_PRECISION + ",0", declared("budget_line", "spent_yen"));
    }

    @Test
    void digits_areCountedAsTheStoreCountsThem() {
        assertEquals(301, StoredColumns.integerDigits(new BigDecimal("1E+300")));
        assertEquals(3, StoredColumns.integerDigits(new BigDecimal("123.4500")));
        assertEquals(0, StoredColumns.integerDigits(new BigDecimal("0.5")));
        assertEquals(2, StoredColumns.decimals(new BigDecimal("123.4500")));
        assertEquals(0, StoredColumns.decimals(new BigDecimal("1E+3")));
    }
}
