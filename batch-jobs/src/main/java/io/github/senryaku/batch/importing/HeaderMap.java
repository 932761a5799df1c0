package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.importing.ReportSheet.Column;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The header rows the screen step found, in the text form the ledger keeps ({@code import_file.header_map}):
 * one line per report sheet, {@code KIND <tab> row <tab> COLUMN=index[*multiplier],… <tab> sheet name}, the
 * sheet name percent-encoded because a crafted workbook may put any character in it. The stage step and a
 * restart read the rows below these headers without scanning the sheets again.
 */
final class HeaderMap {

    private HeaderMap() {
    }

    static String format(List<HeaderRow> headers) {
        StringBuilder text = new StringBuilder();
        for (HeaderRow header : headers) {
            List<String> columns = new ArrayList<>();
            header.columns().forEach((column, index) -> columns.add(column.name() + "=" + index
                    + (header.multipliers().containsKey(column) ? "*" + header.multipliers().get(column).toPlainString() : "")));
            columns.sort(null);
            text.append(header.kind().name()).append('\t').append(header.rowNumber()).append('\t')
                    .append(String.join(",", columns)).append('\t')
                    .append(URLEncoder.encode(header.sheet(), StandardCharsets.UTF_8)).append('\n');
        }
        return text.toString();
    }

    static List<HeaderRow> parse(String text) {
        List<HeaderRow> headers = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException("not a header map line: " + line);
            }
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            Map<Column, BigDecimal> multipliers = new EnumMap<>(Column.class);
            for (String entry : fields[2].split(",")) {
                String[] pair = entry.split("=", 2);
                Column column = Column.valueOf(pair[0]);
                String[] indexAndMultiplier = pair[1].split("\\*", 2);
                columns.put(column, Integer.parseInt(indexAndMultiplier[0]));
                if (indexAndMultiplier.length == 2) {
                    multipliers.put(column, new BigDecimal(indexAndMultiplier[1]));
                }
            }
            headers.add(new HeaderRow(URLDecoder.decode(fields[3], StandardCharsets.UTF_8), ReportSheet.valueOf(fields[0]),
                    Integer.parseInt(fields[1]), columns, multipliers));
        }
        return headers;
    }
}
