package io.github.senryaku.batch.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * An .xlsx workbook read as a stream: the package and its shared strings through POI's XSSFReader, each
 * sheet's XML through {@link XlsxRowCursor}. Phonetic guides (ふりがな) are left out of the text.
 */
final class XlsxSource implements WorkbookSource {

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;

    private XlsxSource(OPCPackage pkg, XSSFReader reader, ReadOnlySharedStringsTable strings) {
        this.pkg = pkg;
        this.reader = reader;
        this.strings = strings;
    }

    static XlsxSource open(Path file) throws UnreadableWorkbookException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException | org.apache.poi.ooxml.POIXMLException broken) {
            throw Workbooks.unreadable(broken);
        } catch (RuntimeException broken) {
            throw Workbooks.unreadable(broken);
        }
        try {
            return new XlsxSource(pkg, new XSSFReader(pkg), new ReadOnlySharedStringsTable(pkg, false));
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException broken) {
            pkg.revert();
            throw Workbooks.unreadable(broken);
        }
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        try {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                sheets.next().close();
                names.add(sheets.getSheetName());
            }
        } catch (IOException | InvalidFormatException broken) {
            throw new java.io.UncheckedIOException(new IOException(broken.getMessage(), broken));
        }
        return names;
    }

    @Override
    public RowCursor rows(String sheet) throws IOException {
        try {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                InputStream in = sheets.next();
                if (sheets.getSheetName().equals(sheet)) {
                    return new XlsxRowCursor(sheet, in, strings);
                }
                in.close();
            }
        } catch (InvalidFormatException broken) {
            throw new IOException(broken.getMessage(), broken);
        }
        throw new IOException("no sheet named " + sheet);
    }

    @Override
    public void close() {
        // Opened read-only: revert closes the package without writing anything back.
        pkg.revert();
    }
}
