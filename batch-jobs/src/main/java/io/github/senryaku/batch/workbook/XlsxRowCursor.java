package io.github.senryaku.batch.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;

/**
 * Pulls rows out of one sheet's XML ({@code <row><c r="B3" t="s"><v>4</v></c></row>}) without building
 * anything but the row at hand. Not thread-safe: one reader thread per cursor.
 */
final class XlsxRowCursor implements RowCursor {

    private static final XMLInputFactory FACTORY = factory();

    private final String sheet;
    private final InputStream in;
    private final XMLStreamReader xml;
    private final ReadOnlySharedStringsTable strings;
    private int lastRow;

    XlsxRowCursor(String sheet, InputStream in, ReadOnlySharedStringsTable strings) throws IOException {
        this.sheet = sheet;
        this.in = in;
        this.strings = strings;
        try {
            this.xml = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException broken) {
            in.close();
            throw new IOException(broken.getMessage(), broken);
        }
    }

    /** Aalto: on a million-row sheet it reads 318,000 rows/s against the JDK parser's 146,000 (bench/). */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = new com.fasterxml.aalto.stax.InputFactoryImpl();
        // A workbook is untrusted input: no DTDs, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    @Override
    public Optional<RawRow> next() throws IOException {
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
                    String r = xml.getAttributeValue(null, "r");
                    lastRow = r == null ? lastRow + 1 : Integer.parseInt(r);
                    Map<Integer, CellValue> cells = row();
                    if (!cells.isEmpty()) {
                        return Optional.of(new RawRow(sheet, lastRow, cells));
                    }
                }
            }
            return Optional.empty();
        } catch (XMLStreamException | RuntimeException broken) {
            throw new IOException(broken.getMessage(), broken);
        }
    }

    private Map<Integer, CellValue> row() throws XMLStreamException {
        Map<Integer, CellValue> cells = new LinkedHashMap<>();
        int lastColumn = -1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
                return cells;
            }
            if (event == XMLStreamConstants.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String reference = xml.getAttributeValue(null, "r");
                int column = reference == null ? lastColumn + 1 : column(reference);
                lastColumn = column;
                String type = xml.getAttributeValue(null, "t");
                cell(type).ifPresent(value -> cells.put(column, value));
            }
        }
        return cells;
    }

    /** Reads one {@code <c>} element, positioned at its start; leaves the reader at its end. */
    private Optional<CellValue> cell(String type) throws XMLStreamException {
        String formula = null;
        String value = null;
        StringBuilder inline = null;
        int phoneticDepth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
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
                    case "f" -> formula = xml.getElementText();
                    case "v" -> value = xml.getElementText();
                    case "is" -> inline = new StringBuilder();
                    case "rPh" -> phoneticDepth++;
                    case "t" -> {
                        String text = xml.getElementText();
                        if (inline != null && phoneticDepth == 0) {
                            inline.append(text);
                        }
                    }
                    default -> {
                        // formatting runs and extensions carry no value
                    }
                }
            }
        }
        return value(type, formula, value, inline);
    }

    private Optional<CellValue> value(String type, String formula, String value, StringBuilder inline) {
        if ("inlineStr".equals(type)) {
            return text(inline == null ? "" : inline.toString());
        }
        if (value == null) {
            return formula != null && !formula.isEmpty()
                    ? Optional.of(new CellValue.FormulaWithoutValue(formula)) : Optional.empty();
        }
        if (type == null || "n".equals(type)) {
            return value.isEmpty() ? Optional.empty() : Optional.of(CellValue.Number.ofDouble(Double.parseDouble(value)));
        }
        return switch (type) {
            case "s" -> text(strings.getItemAt(Integer.parseInt(value.strip())).getString());
            case "b" -> Optional.of(new CellValue.Bool("1".equals(value.strip())));
            case "e" -> Optional.of(new CellValue.Error(value));
            default -> text(value); // "str" (a formula's text result) and "d" (an ISO date)
        };
    }

    private static Optional<CellValue> text(String text) {
        return text.isBlank() ? Optional.empty() : Optional.of(new CellValue.Text(text));
    }

    /** {@code AB12} → 27. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
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
