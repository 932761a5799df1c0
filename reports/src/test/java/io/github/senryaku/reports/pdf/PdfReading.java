package io.github.senryaku.reports.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Reads a generated PDF back the way a reader's tools would: its text, fonts, bookmarks, structure tree and veraPDF's verdicts. */
public final class PdfReading {

    private PdfReading() {
    }

    /** The text of each page, extracted by PDFBox. */
    public static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /**
     * The text of each page sorted top to bottom by position, whatever order the content stream has (the
     * reports now write it in reading order too, see {@code PageFlow}).
     */
    public static List<String> pagesInReadingOrder(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** Every font used on any page or inside a form XObject (the charts): name, embedded, subset. */
    record FontUse(String name, boolean embedded, boolean subset, String type) {
    }

    static List<FontUse> fonts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<FontUse> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collect(page.getResources(), fonts);
            }
            return fonts.stream().distinct().toList();
        }
    }

    private static void collect(PDResources resources, List<FontUse> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            boolean embedded = font instanceof PDType0Font type0 ? type0.getDescendantFont().isEmbedded() : font.isEmbedded();
            String kind = font instanceof PDType0Font type0 ? "Type0/" + type0.getDescendantFont().getClass().getSimpleName()
                    : font.getClass().getSimpleName();
            fonts.add(new FontUse(font.getName(), embedded, font.getName().matches("[A-Z]{6}\\+.*"), kind));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }

    /** A structure element read back: its type and, for a figure, its alternative text. */
    record Tag(String type, String alt) {
    }

    /** Every element of the structure tree, depth first: the order a screen reader reads them in. */
    static List<Tag> structure(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Tag> tags = new ArrayList<>();
            if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
                collect(document.getDocumentCatalog().getStructureTreeRoot(), tags);
            }
            return tags;
        }
    }

    private static void collect(PDStructureNode node, List<Tag> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(new Tag(element.getStructureType(), element.getAlternateDescription()));
                collect(element, into);
            }
        }
    }

    /** The titles of the top-level bookmarks, in order. */
    static List<String> bookmarks(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> titles = new ArrayList<>();
            if (document.getDocumentCatalog().getDocumentOutline() == null) {
                return titles;
            }
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            return titles;
        }
    }

    /**
     * veraPDF's verdict on PDF/A-2a (the reports' flavour: PDF/A-2b plus the structure tree and Unicode text):
     * empty when compliant, else the failed rules with their messages.
     */
    static List<String> pdfA2aFailures(byte[] pdf) throws ModelParsingException, EncryptedPdfException,
            ValidationException, IOException {
        return failures(pdf, PDFAFlavour.PDFA_2_A);
    }

    /** veraPDF's verdict on PDF/UA-1 (ISO 14289-1), in the same form. */
    static List<String> pdfUa1Failures(byte[] pdf) throws ModelParsingException, EncryptedPdfException,
            ValidationException, IOException {
        return failures(pdf, PDFAFlavour.PDFUA_1);
    }

    /** Each failed rule once, as {@code clause-test: message (n checks, e.g. where)}. */
    private static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws ModelParsingException,
            EncryptedPdfException, ValidationException, IOException {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            java.util.Map<String, List<TestAssertion>> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
                            java.util.TreeMap::new, Collectors.toList()));
            List<String> failures = failed.entrySet().stream().map(rule -> rule.getKey() + ": "
                    + rule.getValue().get(0).getMessage() + " (" + rule.getValue().size() + " checks, e.g. "
                    + rule.getValue().get(0).getLocation().getContext() + ")").collect(Collectors.toList());
            return failures.isEmpty() ? List.of("veraPDF: not compliant (no failed assertion listed)") : failures;
        }
    }
}
