package io.github.senryaku.reports.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The one way senryaku's reports open a PDF: A4 portrait, PDF/A-1b (the sRGB output intent and the XMP
 * metadata it requires, set in the order OpenPDF needs them: metadata before opening, the intent after),
 * bookmarks shown, charts kept in reading order. Every report thus passes veraPDF alike.
 */
final class ArchivalPdf {

    /** What the document's properties say: title, subject, author (the municipality) and the data's fingerprint. */
    record Metadata(String title, String subject, String author, String sha256) {
    }

    private ArchivalPdf() {
    }

    static Document a4() {
        return new Document(PageSize.A4, 56, 56, 64, 56);
    }

    /** Opens the document for writing into {@code out}; the caller closes it. */
    static PdfWriter open(Document document, OutputStream out, PageDecoration pages, Metadata metadata)
            throws DocumentException, IOException {
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPDFXConformance(PdfWriter.PDFA1B);
        // A chart that does not fit moves to the next page with what follows it, not after it.
        writer.setStrictImageSequence(true);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
        writer.setPageEvent(pages);
        document.addTitle(metadata.title());
        document.addSubject(metadata.subject());
        document.addAuthor(metadata.author());
        document.addCreator("senryaku");
        document.addKeywords("SHA-256:" + metadata.sha256());
        document.setDocumentLanguage("ja-JP");
        writer.createXmpMetadata();
        document.open();
        writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        return writer;
    }
}
