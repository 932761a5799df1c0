package io.github.senryaku.batch.importing;

import java.math.BigDecimal;
import io.github.senryaku.batch.importing.ReportSheet.Column;
import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.batch.workbook.RawRow;
import io.github.senryaku.batch.workbook.RowCursor;
import io.github.senryaku.batch.workbook.Texts;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds a report sheet's header row: the first row within the first {@value #SEARCH_ROWS} that holds all
 * required headers (NFKC, trimmed; any order; other columns ignored). Rows above it — titles, merged cells,
 * the 担当課 line — are read only for the department.
 */
public final class HeaderLocator {

    static final int SEARCH_ROWS = 20;
    public static final String DEPARTMENT_LABEL = "担当課";
    /** Excel's limit for a sheet name. */
    static final int MAX_SHEET_NAME = 31;

    /** What the rows above the data say about a sheet. */
    record SheetLayout(Optional<HeaderRow> header, Optional<DepartmentCell> department, List<Problem> problems) {
    }

    /** The department named in a sheet, and the cell it was read from. */
    record DepartmentCell(String name, String sheet, String cell) {
    }

    private HeaderLocator() {
    }

    /** Reads at most the first rows of the cursor; the cursor is left where it stopped. */
    static SheetLayout scan(RowCursor rows, String sheet, ReportSheet kind, String file) throws IOException {
        if (sheet.length() > MAX_SHEET_NAME) {
            // Not from Excel, and longer than the store's sheet column: named by its start only.
            return new SheetLayout(Optional.empty(), Optional.empty(), List.of(Problem.error(new Location.Cell(file, "-", "-"),
                    StoredColumns.excerpt(sheet), "シート名が長すぎます（" + sheet.length() + "文字）",
                    "シート名は「" + kind.sheetName() + "」にしてください（Excel のシート名は" + MAX_SHEET_NAME + "文字まで）")));
        }
        Optional<DepartmentCell> department = Optional.empty();
        RawRow closest = null;
        int closestCount = 0;
        Optional<RawRow> row;
        while ((row = rows.next()).isPresent() && row.get().number() <= SEARCH_ROWS) {
            Map<Column, Integer> columns = columns(row.get(), kind);
            if (columns.keySet().containsAll(kind.required())) {
                List<Problem> problems = new ArrayList<>(duplicates(row.get(), kind, file));
                Map<Column, BigDecimal> multipliers = multipliers(row.get(), columns, file, problems);
                return new SheetLayout(problems.isEmpty()
                        ? Optional.of(new HeaderRow(sheet, kind, row.get().number(), columns, multipliers))
                        : Optional.empty(), department, problems);
            }
            int found = (int) kind.required().stream().filter(columns::containsKey).count();
            if (found > closestCount) {
                closest = row.get();
                closestCount = found;
            }
            if (department.isEmpty()) {
                department = department(row.get());
                if (department.isPresent() && department.get().name().length() > StoredColumns.DEPARTMENT) {
                    DepartmentCell tooLong = department.get();
                    department = Optional.empty();
                    List<Problem> problems = List.of(Problem.error(new Location.Cell(file, sheet, tooLong.cell()),
                            StoredColumns.excerpt(tooLong.name()), String.format("担当課名が長すぎます（%,d文字）",
                                    tooLong.name().length()), String.format("担当課名は%,d文字以内で書いてください",
                                    StoredColumns.DEPARTMENT)));
                    return new SheetLayout(Optional.empty(), department, problems);
                }
            }
        }
        return new SheetLayout(Optional.empty(), department, List.of(missingHeader(file, sheet, kind, closest)));
    }

    private static Problem missingHeader(String file, String sheet, ReportSheet kind, RawRow closest) {
        String required = kind.required().stream().map(c -> "「" + c.header() + "」").collect(Collectors.joining(""));
        if (closest == null) {
            return Problem.error(new Location.Cell(file, sheet, "A1"), "",
                    "見出し行がありません: 最初の" + SEARCH_ROWS + "行に" + required + "の見出しが揃った行がありません",
                    "様式（senryaku template で作成）の見出し行をそのまま使ってください");
        }
        Map<Column, Integer> columns = columns(closest, kind);
        String missing = kind.required().stream().filter(c -> !columns.containsKey(c)).map(c -> "「" + c.header() + "」")
                .collect(Collectors.joining(""));
        return Problem.error(new Location.Cell(file, sheet, "A" + closest.number()), "",
                "見出し行に" + missing + "がありません（必要な見出し: " + required + "）",
                "見出しの文字を様式どおりにしてください");
    }

    /**
     * A header written twice (two 実績値 columns): which one holds the figures cannot be guessed, so each
     * repeat is a problem naming both cells.
     */
    private static List<Problem> duplicates(RawRow row, ReportSheet kind, String file) {
        List<Problem> problems = new ArrayList<>();
        Map<Column, Integer> first = new EnumMap<>(Column.class);
        for (Map.Entry<Integer, CellValue> cell : row.cells().entrySet()) {
            Optional<Column> column = column(cell.getValue(), kind);
            if (column.isPresent() && first.putIfAbsent(column.get(), cell.getKey()) != null) {
                String one = row.reference(first.get(column.get()));
                String other = row.reference(cell.getKey());
                problems.add(Problem.error(new Location.Cell(file, row.sheet(), other), cell.getValue().display(),
                        "見出し「" + column.get().header() + "」が2つあります（セル" + one + "とセル" + other + "）",
                        "どちらの列を読むか決められません。一方の列を削除するか、見出しを変えてください"));
            }
        }
        return problems;
    }

    /** The known column a header cell names, if any. */
    private static Optional<Column> column(CellValue cell, ReportSheet kind) {
        if (!(cell instanceof CellValue.Text text)) {
            return Optional.empty();
        }
        String header = Texts.compact(text.text());
        List<Column> known = new ArrayList<>(kind.required());
        known.addAll(kind.optional());
        for (Column column : known) {
            if (column.header().equals(header) || column.isAmount() && header.startsWith(column.header() + "(")
                    && header.endsWith(")")) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static Map<Column, Integer> columns(RawRow row, ReportSheet kind) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (Map.Entry<Integer, CellValue> cell : row.cells().entrySet()) {
            column(cell.getValue(), kind).ifPresent(column -> columns.putIfAbsent(column, cell.getKey()));
        }
        return columns;
    }

    /** Units an amount's header may name, to yen. */
    public static final Map<String, BigDecimal> UNITS = Map.of("円", BigDecimal.ONE, "千円", BigDecimal.valueOf(1_000),
            "百万円", BigDecimal.valueOf(1_000_000));

    /** 予算額（千円） → 1,000; no unit means yen; a unit not in {@link #UNITS} is a problem naming the cell. */
    private static Map<Column, BigDecimal> multipliers(RawRow row, Map<Column, Integer> columns, String file,
            List<Problem> problems) {
        Map<Column, BigDecimal> multipliers = new EnumMap<>(Column.class);
        columns.forEach((column, index) -> {
            if (!column.isAmount()) {
                return;
            }
            String header = Texts.compact(row.cell(index).map(CellValue::display).orElse(""));
            if (header.equals(column.header())) {
                return;
            }
            String unit = header.substring(column.header().length() + 1, header.length() - 1);
            BigDecimal multiplier = UNITS.get(unit);
            if (multiplier == null) {
                problems.add(Problem.error(new Location.Cell(file, row.sheet(), row.reference(index)), header,
                        "見出し「" + header + "」の単位「" + unit + "」は読めません",
                        "単位は（円）（千円）（百万円）のどれかにしてください。単位がなければ円として読みます"));
            } else {
                multipliers.put(column, multiplier);
            }
        });
        return multipliers;
    }

    /** The first non-empty cell right of a cell reading 担当課 (担当課: and 担 当 課 too). */
    private static Optional<DepartmentCell> department(RawRow row) {
        boolean labelSeen = false;
        for (Map.Entry<Integer, CellValue> cell : row.cells().entrySet()) {
            String text = Texts.compact(cell.getValue().display());
            if (labelSeen && !text.isEmpty()) {
                return Optional.of(new DepartmentCell(Texts.normalize(cell.getValue().display()), row.sheet(),
                        row.reference(cell.getKey())));
            }
            if (text.replaceAll("[:：]$", "").equals(DEPARTMENT_LABEL)) {
                labelSeen = true;
            }
        }
        return Optional.empty();
    }
}
