/** Open-data CSV (kpi.csv) from a report snapshot. */
package io.github.senryaku.reports.csv;
