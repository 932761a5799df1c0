package io.github.senryaku.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.xml.xmp.XmpWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one way senryaku's reports open a PDF: A4 portrait, PDF/A-2a (the sRGB output intent and the XMP
 * metadata it requires, set in the order OpenPDF needs them: metadata before opening, the intent after; level
 * A for the structure tree {@link PageFlow} builds) and PDF/UA-1 (tagged, in Japanese, the title shown in the
 * window, the PDF/UA identification in the XMP metadata, described there as PDF/A wants every schema it does
 * not predefine), bookmarks shown. Every report thus passes veraPDF alike.
 *
 * <p>Not PDF/A-1b, as before the tagging: PDF/A-1 requires a CIDSet, and OpenPDF's leaves out the .notdef
 * glyph its subset embeds, which PDF/UA-1 rejects (veraPDF 7.21.4.2-2); see {@link ReportFont#baseFont()}.
 */
final class ArchivalPdf {

    /** What the document's properties say: title, subject, author (the municipality) and the data's fingerprint. */
    record Metadata(String title, String subject, String author, String sha256) {
    }

    static final String LANGUAGE = "ja-JP";

    /** PDF/A accepts the pdfuaid schema only with its description (ISO 19005-2, 6.6.2.3.3). */
    private static final String PDFUA_SCHEMA_DESCRIPTION = """
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">\
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\
            <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>\
            <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">\
            <pdfaProperty:category>internal</pdfaProperty:category>\
            <pdfaProperty:description>PDF/UA version identifier</pdfaProperty:description>\
            <pdfaProperty:name>part</pdfaProperty:name>\
            <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\
            </rdf:li></rdf:Seq></pdfaSchema:property>\
            </rdf:li></rdf:Bag></pdfaExtension:schemas>""";

    private ArchivalPdf() {
    }

    static Document a4() {
        return new Document(PageSize.A4, 56, 56, 64, 56);
    }

    /** Opens the document for writing into {@code out}; the caller closes it. */
    static PdfWriter open(Document document, OutputStream out, PageDecoration pages, Metadata metadata)
            throws DocumentException, IOException {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // PDF/A-2 is based on PDF 1.7, as PDF/UA-1 is; OpenPDF knows only PDF/A-1, so the PDF/A-2 parts are set here.
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        writer.setTagged();
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        writer.setPageEvent(pages);
        document.addTitle(metadata.title());
        document.addSubject(metadata.subject());
        document.addAuthor(metadata.author());
        document.addCreator("senryaku");
        document.addKeywords("SHA-256:" + metadata.sha256());
        writer.setXmpMetadata(xmp(writer));
        document.open();
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(outputIntent(writer)));
        return writer;
    }

    /** The document's properties as OpenPDF writes them, the PDF/A-2b and the PDF/UA-1 identification. */
    private static byte[] xmp(PdfWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // PDFXNONE: OpenPDF's pdfaid writer knows only part 1.
        try (XmpWriter xmp = new XmpWriter(bytes, writer.getInfo(), PdfWriter.PDFXNONE)) {
            xmp.addRdfDescription("xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"",
                    "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance>");
            xmp.addRdfDescription("xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
                    + "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" "
                    + "xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"", PDFUA_SCHEMA_DESCRIPTION);
            xmp.addRdfDescription("xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"", "<pdfuaid:part>1</pdfuaid:part>");
        }
        return bytes.toByteArray();
    }

    /** Colours are sRGB: the output intent PDF/A wants, with the ICC profile embedded. */
    private static PdfDictionary outputIntent(PdfWriter writer) throws IOException {
        PdfStream profile = new PdfStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        profile.put(PdfName.N, new PdfNumber(3));
        profile.flateCompress();
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1"));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        return intent;
    }
}
