package io.github.senryaku.batch.workbook;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * How the parts of an .xlsx package are parsed: Woodstox StAX, no DTDs, no external entities, attributes
 * bounded, and text read in segments so that no text node is ever held whole beyond its limit.
 */
final class XmlParts {

    private static final XMLInputFactory FACTORY = factory();

    private XmlParts() {
    }

    /** Woodstox: about twice the JDK parser's speed on a sheet, and the only one of the fast ones with limits. */
    private static XMLInputFactory factory() {
        XMLInputFactory factory = new WstxInputFactory();
        // A workbook is untrusted input: no DTDs, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // Segments, not whole text nodes: a 700 MB cell is counted as it streams past, never buffered.
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, ReadingLimits.ATTRIBUTE_CHARS);
        return factory;
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** The next event; a DOCTYPE (an XXE or entity-expansion attempt, never written by Excel) is refused. */
    static int next(XMLStreamReader xml) throws XMLStreamException, WorkbookContentException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw WorkbookContentException.doctype();
        }
        return event;
    }

    /**
     * A parse that failed because the stream under it did (POI's zip-bomb guard, a truncated entry) is that
     * stream's failure, not malformed XML: rethrown as it was.
     */
    static void rethrowStreamFailure(XMLStreamException failure) throws java.io.IOException {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.io.IOException io) {
                throw io;
            }
            if (t instanceof XMLStreamException xml && xml.getNestedException() instanceof java.io.IOException io) {
                throw io;
            }
        }
    }

    /** The text of an element, and how long it was: past the limit only its length is kept. */
    record Text(String text, long length) {
        boolean isOver(long limit) {
            return length > limit;
        }
    }

    /**
     * Reads the text of the element the reader is at the start of, up to its end (nested elements' text
     * included); keeps at most {@code limit} characters and counts the rest.
     */
    static Text elementText(XMLStreamReader xml, int limit) throws XMLStreamException, WorkbookContentException {
        StringBuilder text = new StringBuilder();
        long length = 0;
        for (int depth = 1; depth > 0; ) {
            switch (next(xml)) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int segment = xml.getTextLength();
                    if (length + segment <= limit) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(), segment);
                    }
                    length += segment;
                }
                default -> {
                    // comments and processing instructions carry no value
                }
            }
        }
        return new Text(length > limit ? "" : text.toString(), length);
    }
}
