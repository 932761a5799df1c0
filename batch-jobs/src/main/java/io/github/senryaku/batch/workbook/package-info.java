/**
 * Reading workbooks (.xlsx and legacy .xls) as plain rows of plain values. POI stays inside this package:
 * the jobs see {@link io.github.senryaku.batch.workbook.RawRow}s. The .xlsx reader streams the sheet XML
 * (never a whole-workbook object model), so a sheet of a million rows reads in constant memory.
 */
package io.github.senryaku.batch.workbook;
