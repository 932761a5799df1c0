/**
 * The annual report as PDF/A-1b with OpenPDF: {@link io.github.senryaku.reports.pdf.AnnualReportPdf} lays
 * out the sections; every piece of text goes through the typesetter (one embedded Japanese font, Japanese
 * line breaking, glyph checks) and charts are JFreeChart drawn as vectors.
 */
package io.github.senryaku.reports.pdf;
