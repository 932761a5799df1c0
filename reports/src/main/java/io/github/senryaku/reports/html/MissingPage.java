package io.github.senryaku.reports.html;

import io.github.senryaku.reports.format.MissingList;
import java.util.List;

/** 未提出一覧: what the year's report still lacks. */
public record MissingPage(Frame frame, String intro, List<MissingList.Row> rows) {
}
