/**
 * The final report job (最終評価, {@code META-INF/batch-jobs/final-report.xml}): a plan's evaluation over its
 * whole period, from the store, rendered as PDF/A, Excel and {@code final.csv} with a {@code MANIFEST.txt}.
 */
package io.github.senryaku.batch.finalreport;
