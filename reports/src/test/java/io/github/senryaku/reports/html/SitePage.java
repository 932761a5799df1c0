package io.github.senryaku.reports.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** A page of the HTML edition read back as a browser would parse it (the Nu checker's HTML5 parser), to find texts in. */
final class SitePage {

    private final Document document;

    private SitePage(Document document) {
        this.document = document;
    }

    static SitePage read(Path file) throws IOException, SAXException {
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setEncoding("UTF-8");
            return new SitePage(new HtmlDocumentBuilder().parse(source));
        }
    }

    List<Element> all(String tag) {
        return elements(document.getElementsByTagName(tag));
    }

    static List<Element> all(Element within, String tag) {
        return elements(within.getElementsByTagName(tag));
    }

    Optional<Element> byId(String id) {
        return all("*").stream().filter(e -> e.getAttribute("id").equals(id)).findFirst();
    }

    /** The text of an element as it reads, spaces collapsed. */
    static String text(Node node) {
        return node.getTextContent().replaceAll("\\s+", " ").strip();
    }

    /** The cells (th and td) of a row, in order. */
    static List<String> cells(Element row) {
        List<String> cells = new ArrayList<>();
        for (Node child = row.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element cell && (cell.getTagName().equals("th") || cell.getTagName().equals("td"))) {
                cells.add(text(cell));
            }
        }
        return cells;
    }

    /** The row of a table whose header cell reads {@code header}, in any table whose caption starts with {@code caption}. */
    Optional<List<String>> row(String caption, String header) {
        for (Element table : all("table")) {
            List<Element> captions = all(table, "caption");
            if (captions.isEmpty() || !text(captions.get(0)).startsWith(caption)) {
                continue;
            }
            for (Element row : all(table, "tr")) {
                List<String> cells = cells(row);
                if (!cells.isEmpty() && cells.get(0).equals(header)) {
                    return Optional.of(cells);
                }
            }
        }
        return Optional.empty();
    }

    /** The value a description list gives a term, within the element of that id. */
    Optional<String> fact(String id, String term) {
        Element section = byId(id).orElseThrow(() -> new AssertionError("no element #" + id));
        for (Element dt : all(section, "dt")) {
            if (text(dt).equals(term)) {
                Node dd = dt.getNextSibling();
                while (dd != null && !(dd instanceof Element)) {
                    dd = dd.getNextSibling();
                }
                return Optional.ofNullable(dd).map(SitePage::text);
            }
        }
        return Optional.empty();
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
