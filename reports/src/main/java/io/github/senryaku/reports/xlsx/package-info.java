/**
 * The reports as Excel workbooks (POI), the annual one and a plan's final one: numbers as numbers with
 * formats, grades coloured by conditional formatting, native line and bar charts, frozen headers,
 * autofilters and A4 print setup.
 */
package io.github.senryaku.reports.xlsx;
