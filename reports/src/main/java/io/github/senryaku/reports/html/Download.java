package io.github.senryaku.reports.html;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A file of the same report the summary page links to (the PDF, kpi.csv), written beside the site's folder.
 *
 * @param label what the link says ({@code PDF版（A4、印刷用）})
 * @param fileName the file's name in the report's folder ({@code 進捗状況報告書_R6.pdf})
 */
public record Download(String label, String fileName) {

    /** The relative link from a page of the site: {@code ../%E9%80%B2....pdf}, percent-encoded so any browser follows it. */
    public String href() {
        try {
            return new URI(null, null, "../" + fileName, null).toASCIIString();
        } catch (URISyntaxException impossible) {
            throw new IllegalArgumentException("not a file name: " + fileName, impossible);
        }
    }
}
