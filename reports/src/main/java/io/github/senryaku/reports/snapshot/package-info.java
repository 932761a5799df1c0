/**
 * The report snapshot: everything a year-end report shows, taken from the store at one moment, and its
 * SHA-256 fingerprint. Renderers (PDF, Excel, CSV) take a snapshot and nothing else.
 */
package io.github.senryaku.reports.snapshot;
