package io.github.senryaku.reports.html;

import java.util.List;

/**
 * What every page of the site shows around its content: the report's title and year, the sample-data notice, the
 * table of contents, and the data's fingerprint in the footer.
 *
 * @param pageTitle the page's own heading, first in the window title
 */
public record Frame(String pageTitle, String reportTitle, String yearLine, String madeOn, String municipality,
        String sampleNotice, String sha256, List<NavLink> nav) {

    public Frame {
        nav = List.copyOf(nav);
    }

    public boolean sample() {
        return !sampleNotice.isEmpty();
    }

    /** {@code 概要 | 第2次金沢版総合戦略　進捗状況報告書（令和6年度実績）}. */
    public String windowTitle() {
        return pageTitle + " | " + reportTitle + "（" + yearLine + "）";
    }
}
