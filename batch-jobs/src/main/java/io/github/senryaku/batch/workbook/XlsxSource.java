package io.github.senryaku.batch.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * An .xlsx workbook read as a stream: the package through POI's XSSFReader; the shared strings, the date
 * styles and each sheet's XML through our own bounded parsing ({@link SharedStrings}, {@link CellStyles},
 * {@link XlsxRowCursor}). Phonetic guides (ふりがな) are left out of the text.
 */
final class XlsxSource implements WorkbookSource {

    static {
        ReadingLimits.applyToPoi();
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final SharedStrings strings;
    private final CellStyles styles;

    private XlsxSource(OPCPackage pkg, XSSFReader reader, SharedStrings strings, CellStyles styles) {
        this.pkg = pkg;
        this.reader = reader;
        this.strings = strings;
        this.styles = styles;
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
            XSSFReader reader = new XSSFReader(pkg);
            Optional<InputStream> strings = part(pkg, XSSFRelation.SHARED_STRINGS);
            Optional<InputStream> styles = part(pkg, XSSFRelation.STYLES);
            return new XlsxSource(pkg, reader, strings.isEmpty() ? SharedStrings.NONE : SharedStrings.read(strings.get()),
                    styles.isEmpty() ? CellStyles.NONE : CellStyles.read(styles.get()));
        } catch (IOException | OpenXML4JException | RuntimeException broken) {
            pkg.revert();
            throw Workbooks.unreadable(broken);
        }
    }

    /** A part by its content type, as POI's own shared strings table finds it: a workbook may have none. */
    private static Optional<InputStream> part(OPCPackage pkg, XSSFRelation relation) throws IOException, InvalidFormatException {
        List<PackagePart> parts = pkg.getPartsByContentType(relation.getContentType());
        return parts.isEmpty() ? Optional.empty() : Optional.of(parts.get(0).getInputStream());
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
                    return new XlsxRowCursor(sheet, in, strings, styles);
                }
                in.close();
            }
        } catch (InvalidFormatException broken) {
            throw new IOException(broken.getMessage(), broken);
        }
        throw new IOException("no sheet named " + sheet);
    }

    /** Reads {@code <definedName name="…">} of the workbook part; a name for a range or a formula is none. */
    @Override
    public Optional<NamedCell> namedCell(String name) throws IOException {
        Optional<String> refersTo = Optional.empty();
        try (InputStream in = reader.getWorkbookData()) {
            javax.xml.stream.XMLStreamReader xml = XmlParts.open(in);
            try {
                while (xml.hasNext() && refersTo.isEmpty()) {
                    if (XmlParts.next(xml) == javax.xml.stream.XMLStreamConstants.START_ELEMENT
                            && xml.getLocalName().equals("definedName") && name.equals(xml.getAttributeValue(null, "name"))) {
                        refersTo = Optional.of(XmlParts.elementText(xml, 1000).text());
                    }
                }
            } finally {
                xml.close();
            }
        } catch (javax.xml.stream.XMLStreamException broken) {
            XmlParts.rethrowStreamFailure(broken);
            throw new IOException(broken.getMessage(), broken);
        } catch (InvalidFormatException broken) {
            throw new IOException(broken.getMessage(), broken);
        }
        Optional<org.apache.poi.ss.util.CellReference> reference = refersTo.flatMap(WorkbookSource::reference);
        return reference.isEmpty() ? Optional.empty() : cellAt(reference.get());
    }

    @Override
    public void close() {
        // Opened read-only: revert closes the package without writing anything back.
        pkg.revert();
    }
}
