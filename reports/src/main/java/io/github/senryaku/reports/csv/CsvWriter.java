package io.github.senryaku.reports.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one CSV writer of senryaku (kpi.csv, {@code senryaku actuals --format csv}): a BOM (Excel then reads
 * UTF-8 Japanese without mojibake), one header row, RFC 4180 fields, CRLF line ends.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a spreadsheet opening the file runs a text cell that
 * begins with {@code = + - @}, a tab or a carriage return as a formula — a 担当課 of
 * {@code =HYPERLINK(...)} becomes a live link. Such a text cell is written with a leading {@code '} and
 * quoted, so it opens as the text it is. Numbers are never touched: {@link CsvCell.Numeric} can only hold
 * digits, a sign and a point, and a negative figure must stay a number. Quoting is hand-written because
 * the rule needs per-field control, which Jackson's CSV generator offers only for every string at once.
 */
public final class CsvWriter {

    /** The characters OWASP lists as starting a formula in Excel or LibreOffice. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes the BOM and the header row. */
    public static CsvWriter start(Writer out, List<String> header) throws IOException {
        CsvWriter writer = new CsvWriter(out);
        out.write('\uFEFF');
        writer.row(header.stream().map(CsvCell::text).toList());
        return writer;
    }

    public void row(List<CsvCell> cells) throws IOException {
        out.write(line(cells));
    }

    public void flush() throws IOException {
        out.flush();
    }

    static String line(List<CsvCell> cells) {
        return cells.stream().map(CsvWriter::field).collect(Collectors.joining(",", "", "\r\n"));
    }

    static String field(CsvCell cell) {
        if (cell instanceof CsvCell.Numeric number) {
            return number.value().toPlainString();
        }
        return text(((CsvCell.Text) cell).value());
    }

    private static String text(String value) {
        if (!value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
            return quoted("'" + value);
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return quoted(value);
        }
        return value;
    }

    private static String quoted(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
