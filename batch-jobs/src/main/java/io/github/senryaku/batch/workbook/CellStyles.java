package io.github.senryaku.batch.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of an .xlsx show a number as a date ({@code <c s="3">}): read from the styles part's
 * number formats and cell formats ({@code <cellXfs><xf numFmtId="14"/>}), nothing else kept.
 */
final class CellStyles {

    static final CellStyles NONE = new CellStyles();
    /** Custom number formats: Excel allows about 250 in a workbook. */
    static final int MAX_NUMBER_FORMATS = 10_000;

    private final BitSet dates = new BitSet();

    private CellStyles() {
    }

    boolean isDate(int style) {
        return style >= 0 && dates.get(style);
    }

    static CellStyles read(InputStream in) throws IOException {
        CellStyles styles = new CellStyles();
        try (in) {
            XMLStreamReader xml = XmlParts.open(in);
            try {
                styles.readAll(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException malformed) {
            XmlParts.rethrowStreamFailure(malformed);
            throw new WorkbookContentException("書式（styles.xml）の XML が壊れています");
        } catch (NumberFormatException malformed) {
            throw new WorkbookContentException("書式（styles.xml）の XML が壊れています");
        }
        return styles;
    }

    private void readAll(XMLStreamReader xml) throws XMLStreamException, WorkbookContentException {
        Map<Integer, Boolean> customDates = new HashMap<>();
        boolean inCellXfs = false;
        int xf = 0;
        while (xml.hasNext()) {
            int event = XmlParts.next(xml);
            if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
                inCellXfs = false;
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "numFmt" -> {
                        if (customDates.size() == MAX_NUMBER_FORMATS) {
                            throw WorkbookContentException.overLimit(String.format(
                                    "表示形式（ユーザー定義）の数が上限（%,d個）を超えています", MAX_NUMBER_FORMATS), "-", "-");
                        }
                        int id = Integer.parseInt(xml.getAttributeValue(null, "numFmtId"));
                        customDates.put(id, isDateFormat(id, xml.getAttributeValue(null, "formatCode")));
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            String id = xml.getAttributeValue(null, "numFmtId");
                            if (id != null && isDateFormat(Integer.parseInt(id), customDates)) {
                                dates.set(xf);
                            }
                            xf++;
                        }
                    }
                    default -> {
                        // fonts, fills, borders: nothing about dates
                    }
                }
            }
        }
    }

    private static boolean isDateFormat(int id, Map<Integer, Boolean> customDates) {
        if (customDates.containsKey(id)) {
            return customDates.get(id);
        }
        // ECMA-376 Part 1, 18.8.30: ids 27–36 and 50–58 are the East Asian built-in date and time formats
        // (ja-JP: ge.m.d, ggge"年"m"月"d"日", yyyy"年"m"月" …), which Excel writes without a numFmt element.
        if (id >= 27 && id <= 36 || id >= 50 && id <= 58) {
            return true;
        }
        return isDateFormat(id, BuiltinFormats.getBuiltinFormat(id));
    }

    /** Date codes outside quoted text and [brackets]: POI does not know the Japanese era ({@code ggge年m月d日}). */
    private static final java.util.regex.Pattern LITERALS = java.util.regex.Pattern.compile("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.");

    /** Whether a number format shows a date or time: POI's rules, and the Japanese era (g, e) as Excel has it. */
    static boolean isDateFormat(int id, String format) {
        if (DateUtil.isADateFormat(id, format)) {
            return true;
        }
        if (format == null || format.equalsIgnoreCase("General")) {
            return false;
        }
        String codes = LITERALS.matcher(format).replaceAll("");
        return codes.indexOf('g') >= 0 || codes.indexOf('e') >= 0 && codes.matches("(?s).*[md].*");
    }
}
