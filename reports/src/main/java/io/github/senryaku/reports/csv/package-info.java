/**
 * CSV: the one writer every CSV of senryaku goes through ({@link io.github.senryaku.reports.csv.CsvWriter},
 * neutralising formula-like text cells), the open-data kpi.csv from a report snapshot and final.csv from a
 * plan's final report snapshot.
 */
package io.github.senryaku.reports.csv;
