/**
 * The annual report as an Excel workbook (POI): numbers as numbers with formats, grades coloured by
 * conditional formatting, native line and bar charts, frozen headers, autofilters and A4 print setup.
 */
package io.github.senryaku.reports.xlsx;
