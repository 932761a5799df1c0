package io.github.senryaku.batch.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings of an .xlsx ({@code <sst><si><t>…</t></si>…}), held compactly (one buffer and the
 * end of each string) within {@link ReadingLimits}. Phonetic guides (ふりがな, {@code <rPh>}) are left out.
 * A string over the cell limit is kept as its length only (it counts for nothing in the total, being
 * neither held nor ever handed out), so the cell that uses it can be named.
 */
final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings();

    private final StringBuilder text = new StringBuilder();
    private int[] ends = new int[1024];
    private int count;
    private final Map<Integer, Long> overLong = new HashMap<>();

    private SharedStrings() {
    }

    static SharedStrings read(InputStream in) throws IOException {
        SharedStrings strings = new SharedStrings();
        try (in) {
            XMLStreamReader xml = XmlParts.open(in);
            try {
                strings.readAll(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException malformed) {
            XmlParts.rethrowStreamFailure(malformed);
            throw new WorkbookContentException("共有文字列（sharedStrings.xml）の XML が壊れています");
        }
        return strings;
    }

    private void readAll(XMLStreamReader xml) throws XMLStreamException, WorkbookContentException {
        while (xml.hasNext()) {
            if (XmlParts.next(xml) == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
                item(xml);
            }
        }
    }

    /** One {@code <si>}: its text runs ({@code <t>}, in {@code <r>} or not), outside {@code <rPh>}. */
    private void item(XMLStreamReader xml) throws XMLStreamException, WorkbookContentException {
        if (count == ReadingLimits.SHARED_STRING_COUNT) {
            throw WorkbookContentException.overLimit(String.format("共有文字列（sharedStrings）の数が上限（%,d個）を超えています",
                    ReadingLimits.SHARED_STRING_COUNT), "-", "-");
        }
        int start = text.length();
        long length = 0;
        int phonetic = 0;
        for (int depth = 1; depth > 0; ) {
            int event = XmlParts.next(xml);
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                phonetic -= "rPh".equals(xml.getLocalName()) ? 1 : 0;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if ("rPh".equals(xml.getLocalName())) {
                    phonetic++;
                    depth++;
                } else if ("t".equals(xml.getLocalName())) {
                    XmlParts.Text run = XmlParts.elementText(xml, ReadingLimits.CELL_TEXT_CHARS);
                    if (phonetic == 0) {
                        length += run.length();
                        if (length <= ReadingLimits.CELL_TEXT_CHARS) {
                            text.append(run.text());
                        }
                    }
                } else {
                    depth++;
                }
            }
        }
        if (length > ReadingLimits.CELL_TEXT_CHARS) {
            text.setLength(start);
            overLong.put(count, length);
        }
        if (text.length() > ReadingLimits.SHARED_STRING_CHARS) {
            throw WorkbookContentException.overLimit("共有文字列（sharedStrings）の合計が上限（"
                    + ReadingLimits.chars(ReadingLimits.SHARED_STRING_CHARS) + "）を超えています", "-", "-");
        }
        if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
        }
        ends[count++] = text.length();
    }

    int size() {
        return count;
    }

    /** The string at an index ({@code <c t="s"><v>index</v>}); empty for one over the cell limit. */
    String get(int index) throws WorkbookContentException {
        if (index < 0 || index >= count) {
            throw new WorkbookContentException("共有文字列の番号（" + index + "）がありません（ファイルが壊れています）");
        }
        return text.substring(index == 0 ? 0 : ends[index - 1], ends[index]);
    }

    /** The length of a string over the cell limit. */
    OptionalLong overLength(int index) {
        Long length = overLong.get(index);
        return length == null ? OptionalLong.empty() : OptionalLong.of(length);
    }
}
