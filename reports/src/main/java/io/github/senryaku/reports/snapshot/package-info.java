/**
 * The report snapshots: everything a year-end report ({@link io.github.senryaku.reports.snapshot.ReportSnapshot})
 * or a plan's final report ({@link io.github.senryaku.reports.snapshot.FinalReportSnapshot}) shows, taken from
 * the store at one moment, and its SHA-256 fingerprint. Renderers (PDF, Excel, CSV) take a snapshot and
 * nothing else.
 */
package io.github.senryaku.reports.snapshot;
