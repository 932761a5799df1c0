package io.github.senryaku.reports.html;

import java.util.List;

/** One of the summary's lists of targets ({@code 数値目標の一覧}), with the year's column header. */
public record SummaryList(String heading, String actualHeader, List<SummaryRow> rows) {
}
