/**
 * The annual report's HTML edition (HTMLで読む報告書): the year's snapshot as a static site of plain pages — no server, no
 * script, no request outside the folder — that a city can copy into its website, meeting WCAG 2.1 AA (JIS X
 * 8341-3:2016). {@link io.github.senryaku.reports.html.HtmlEdition} writes it; the pages are jte templates under
 * {@code src/main/jte}, compiled at build time, fed by the page records here, which take every text from
 * {@code reports.format} so the HTML says what the PDF says.
 */
package io.github.senryaku.reports.html;
