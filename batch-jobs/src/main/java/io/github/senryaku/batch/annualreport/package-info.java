/**
 * The annual report job (年次報告): takes the year's snapshot from the store and renders it as PDF,
 * Excel and open-data CSV with the {@code reports} module.
 */
package io.github.senryaku.batch.annualreport;
