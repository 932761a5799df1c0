/**
 * The finance import job (財政課の予算・決算の取込, {@code finance-import.xml}): the sheet 事業別予算決算, each
 * project's line reconciled with the plan's measures, and the landing that replaces the current lines of the
 * years a file reports. Also the finance office's template. The steps themselves are shared
 * ({@code batch.importing}).
 */
package io.github.senryaku.batch.financeimport;
