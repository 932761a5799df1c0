/**
 * The reports as PDF/A-2a and PDF/UA-1 (tagged) with OpenPDF: {@link io.github.senryaku.reports.pdf.AnnualReportPdf} (a year's
 * progress) and {@link io.github.senryaku.reports.pdf.FinalReportPdf} (a plan's whole period) lay out their
 * sections over the same pieces — the PDF/A setup, cover, page decoration, layout, charts; every piece of text
 * goes through the typesetter (one embedded Japanese font, Japanese line breaking, glyph checks) and charts
 * are JFreeChart drawn as vectors. {@link io.github.senryaku.reports.pdf.PageFlow} places every piece in reading
 * order and tags it (with {@link io.github.senryaku.reports.pdf.TableTags} for tables), so sections never deal
 * with tags.
 */
package io.github.senryaku.reports.pdf;
