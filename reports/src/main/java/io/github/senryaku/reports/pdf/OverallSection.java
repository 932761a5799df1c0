package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.List;

/** 全体目標: the targets of the whole strategy, before the basic goals, each in a target's block; none, no chapter. */
final class OverallSection {

    private OverallSection() {
    }

    static void write(Layout<ReportSnapshot> layout) throws DocumentException {
        List<NumericalTarget> targets = layout.snapshot().plan().overallTargets();
        if (targets.isEmpty()) {
            return;
        }
        layout.chapter("全体目標");
        layout.body("計画全体で目指す目標です。基本目標の数値目標とは別に評価しています。");
        for (NumericalTarget target : targets) {
            TargetBlock.write(layout, target);
        }
    }
}
