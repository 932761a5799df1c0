package io.github.senryaku.reports.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    private static String field(CsvCell cell) {
        return CsvWriter.field(cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+81-29-000", "-ダッシュで始まる段階", "@SUM(A1)", "\tタブ", "\r復帰"})
    void textStartingAFormula_isPrefixedWithAQuote_andQuoted(String text) {
        String written = field(CsvCell.text(text));

        assertEquals("\"'" + text + "\"", written);
    }

    @Test
    void formulaWithQuotesAndCommas_isPrefixed_andItsQuotesDoubled() {
        String written = field(CsvCell.text("=HYPERLINK(\"http://example.com\",\"x\")"));

        assertEquals("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\"", written);
    }

    @Test
    void negativeNumbers_stayNumbers() {
        assertEquals("-3.5", field(CsvCell.number(new BigDecimal("-3.5"))));
        assertEquals("-12", field(CsvCell.number(-12)));
        assertEquals("0.00001", field(CsvCell.number(new BigDecimal("1E-5"))), "plain, never 1E-5");
    }

    @Test
    void negativeNumberTypedAsText_isNeutralised() {
        assertEquals("\"'-3.5\"", field(CsvCell.text("-3.5")));
    }

    @Test
    void ordinaryText_isWrittenAsItIs_andQuotedOnlyWhenItMustBe() {
        assertEquals("観光政策課", field(CsvCell.text("観光政策課")));
        assertEquals("T2-1", field(CsvCell.text("T2-1")), "a dash inside a code is harmless");
        assertEquals("\"b,c\"", field(CsvCell.text("b,c")));
        assertEquals("\"say \"\"hi\"\"\"", field(CsvCell.text("say \"hi\"")));
        assertEquals("\"two\nlines\"", field(CsvCell.text("two\nlines")));
        assertEquals("\"a\rb\"", field(CsvCell.text("a\rb")));
        assertEquals("", field(CsvCell.EMPTY));
    }

    @Test
    void file_hasABom_theHeader_andCrlfRows() throws Exception {
        StringWriter out = new StringWriter();

        CsvWriter csv = CsvWriter.start(out, List.of("担当課", "実績値"));
        csv.row(List.of(CsvCell.text("=1+2"), CsvCell.number(new BigDecimal("-3.5"))));
        csv.flush();

        assertEquals("\uFEFF担当課,実績値\r\n\"'=1+2\",-3.5\r\n", out.toString());
    }
}
