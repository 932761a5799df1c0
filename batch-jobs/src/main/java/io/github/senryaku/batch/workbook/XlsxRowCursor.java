package io.github.senryaku.batch.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pulls rows out of one sheet's XML ({@code <row><c r="B3" t="s"><v>4</v></c></row>}) without building
 * anything but the row at hand; no text is held beyond {@link ReadingLimits#CELL_TEXT_CHARS}. A failure
 * names the sheet and the cell (or the row) it was reading. Not thread-safe: one reader thread per cursor.
 */
final class XlsxRowCursor implements RowCursor {

    /** Excel's last column, XFD. */
    private static final int MAX_COLUMN = 16_383;
    /** Excel's last row. */
    private static final int MAX_ROW = 1_048_576;

    private final String sheet;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final CellStyles styles;
    private int lastRow;
    /** The cell being read, for a failure's location. */
    private String at = "-";

    XlsxRowCursor(String sheet, InputStream in, SharedStrings strings, CellStyles styles) throws IOException {
        this.sheet = sheet;
        this.in = in;
        this.strings = strings;
        this.styles = styles;
        try {
            this.xml = XmlParts.open(in);
        } catch (XMLStreamException broken) {
            in.close();
            throw new WorkbookContentException("シート「" + sheet + "」の XML が壊れています", sheet, "-");
        }
    }

    @Override
    public Optional<RawRow> next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (XmlParts.next(xml) == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    String r = xml.getAttributeValue(null, "r");
                    lastRow = r == null ? lastRow + 1 : Integer.parseInt(r);
                    if (lastRow < 1 || lastRow > MAX_ROW) {
                        throw new NumberFormatException(r);
                    }
                    at = "A" + lastRow;
                    Map<Integer, CellValue> cells = row();
                    if (!cells.isEmpty()) {
                        return Optional.of(new RawRow(sheet, lastRow, cells));
                    }
                }
            }
            return Optional.empty();
        } catch (WorkbookContentException refused) {
            throw refused.at(sheet, at);
        } catch (XMLStreamException broken) {
            XmlParts.rethrowStreamFailure(broken);
            throw damaged();
        } catch (RuntimeException broken) {
            throw damaged();
        }
    }

    /** Malformed XML, a row or cell reference that is no number: the file is damaged at this place. */
    private WorkbookContentException damaged() {
        return new WorkbookContentException("シート「" + sheet + "」の XML が壊れています（セル" + at + "の辺り）", sheet, at);
    }

    private Map<Integer, CellValue> row() throws XMLStreamException, WorkbookContentException {
        Map<Integer, CellValue> cells = new LinkedHashMap<>();
        int lastColumn = -1;
        while (xml.hasNext()) {
            int event = XmlParts.next(xml);
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String reference = xml.getAttributeValue(null, "r");
                int column = reference == null ? lastColumn + 1 : column(reference);
                if (column < 0 || column > MAX_COLUMN) {
                    throw new NumberFormatException(reference);
                }
                lastColumn = column;
                at = RawRow.columnName(column) + lastRow;
                String style = xml.getAttributeValue(null, "s");
                boolean date = style != null && styles.isDate(Integer.parseInt(style));
                cell(xml.getAttributeValue(null, "t"), date).ifPresent(value -> cells.put(column, value));
            }
        }
        return cells;
    }

    /** Reads one {@code <c>} element, positioned at its start; leaves the reader at its end. */
    private Optional<CellValue> cell(String type, boolean date) throws XMLStreamException, WorkbookContentException {
        String formula = null;
        String value = null;
        StringBuilder inline = null;
        int phoneticDepth = 0;
        while (xml.hasNext()) {
            int event = XmlParts.next(xml);
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if ("c".equals(name)) {
                    break;
                }
                if ("rPh".equals(name)) {
                    phoneticDepth--;
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "f" -> formula = bounded(XmlParts.elementText(xml, ReadingLimits.CELL_TEXT_CHARS));
                    case "v" -> value = bounded(XmlParts.elementText(xml, ReadingLimits.CELL_TEXT_CHARS));
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> phoneticDepth++;
                    case "t" -> {
                        String text = bounded(XmlParts.elementText(xml, ReadingLimits.CELL_TEXT_CHARS));
                        if (inline != null && phoneticDepth == 0) {
                            inline.append(text);
                            if (inline.length() > ReadingLimits.CELL_TEXT_CHARS) {
                                throw tooLong(inline.length());
                            }
                        }
                    }
                    default -> {
                        // formatting runs and extensions carry no value
                    }
                }
            }
        }
        return value(type, formula, value, inline, date);
    }

    /** The text, unless it is longer than a cell can be. */
    private String bounded(XmlParts.Text text) throws WorkbookContentException {
        if (text.isOver(ReadingLimits.CELL_TEXT_CHARS)) {
            throw tooLong(text.length());
        }
        return text.text();
    }

    private WorkbookContentException tooLong(long length) {
        return WorkbookContentException.overLimit(String.format("セルの文字数（%,d文字）が上限（%s）を超えています", length,
                ReadingLimits.chars(ReadingLimits.CELL_TEXT_CHARS)), sheet, at);
    }

    private Optional<CellValue> value(String type, String formula, String value, StringBuilder inline, boolean date)
            throws WorkbookContentException {
        if ("inlineStr".equals(type)) {
            return text(inline == null ? "" : inline.toString());
        }
        if (value == null) {
            return formula != null && !formula.isEmpty()
                    ? Optional.of(new CellValue.FormulaWithoutValue(formula)) : Optional.empty();
        }
        if (type == null || "n".equals(type)) {
            return value.isEmpty() ? Optional.empty() : Optional.of(number(Double.parseDouble(value), date));
        }
        return switch (type) {
            case "s" -> sharedString(Integer.parseInt(value.strip()));
            case "b" -> Optional.of(new CellValue.Bool("1".equals(value.strip())));
            case "e" -> Optional.of(new CellValue.Error(value));
            default -> text(value); // "str" (a formula's text result) and "d" (an ISO date)
        };
    }

    /** A number too large for a double (1e400) is what Excel shows for it: #NUM!. */
    private static CellValue number(double value, boolean date) {
        if (!Double.isFinite(value)) {
            return new CellValue.Error("#NUM!");
        }
        CellValue.Number number = CellValue.Number.ofDouble(value);
        return date ? new CellValue.Date(number.number()) : number;
    }

    private Optional<CellValue> sharedString(int index) throws WorkbookContentException {
        OptionalLong overLength = strings.overLength(index);
        if (overLength.isPresent()) {
            throw tooLong(overLength.getAsLong());
        }
        return text(strings.get(index));
    }

    private static Optional<CellValue> text(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(new CellValue.Text(text));
    }

    /** {@code AB12} → 27; -1 for a reference with no column letters or more than Excel has. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && i < 4; i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
        }
        return column - 1;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException ignored) {
            // closing the stream below is what matters
        } finally {
            in.close();
        }
    }
}
