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
    /** The sheets in the workbook's order, found once: each walk of XSSFReader's sheets parses the workbook part again. */
    private final List<Sheet> sheets;

    private record Sheet(String name, PackagePart part) {
    }

    private XlsxSource(OPCPackage pkg, XSSFReader reader, SharedStrings strings, CellStyles styles, List<Sheet> sheets) {
        this.pkg = pkg;
        this.reader = reader;
        this.strings = strings;
        this.styles = styles;
        this.sheets = List.copyOf(sheets);
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
                    styles.isEmpty() ? CellStyles.NONE : CellStyles.read(styles.get()), sheets(reader));
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

    private static List<Sheet> sheets(XSSFReader reader) throws IOException, InvalidFormatException {
        List<Sheet> found = new ArrayList<>();
        XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (iterator.hasNext()) {
            iterator.next().close();
            found.add(new Sheet(iterator.getSheetName(), iterator.getSheetPart()));
        }
        return found;
    }

    @Override
    public List<String> sheetNames() {
        return sheets.stream().map(Sheet::name).toList();
    }

    @Override
    public RowCursor rows(String sheet) throws IOException {
        for (Sheet candidate : sheets) {
            if (candidate.name().equals(sheet)) {
                return new XlsxRowCursor(sheet, candidate.part().getInputStream(), strings, styles);
            }
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
