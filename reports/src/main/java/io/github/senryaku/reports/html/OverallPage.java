package io.github.senryaku.reports.html;

import java.util.List;

/** 全体目標: the targets of the whole strategy, graded apart from the goals' 数値目標. */
public record OverallPage(Frame frame, String intro, List<TargetView> targets) {
}
