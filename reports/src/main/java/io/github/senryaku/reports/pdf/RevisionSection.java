package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.plan.PlanRevision;
import io.github.senryaku.model.plan.RevisionChange;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;

/** 計画の改訂: each revision in order — its title, the year it took effect, its note, each change with its reason. */
final class RevisionSection {

    private RevisionSection() {
    }

    static void write(Layout<FinalReportSnapshot> layout) throws DocumentException {
        Typesetter type = layout.type();
        layout.chapter("計画の改訂");
        if (layout.snapshot().revisions().isEmpty()) {
            layout.body("計画期間中の改訂はありません。");
            return;
        }
        layout.body("改訂は適用年度から評価に反映し、それより前の年度は改訂前の計画で評価しています。");
        for (PlanRevision revision : layout.snapshot().revisions()) {
            layout.subheading(revision.title() + "（" + revision.effective().eraLabel() + "から適用）");
            if (!revision.note().isEmpty()) {
                layout.body(revision.note());
            }
            PdfPTable table = Layout.table(5, 4);
            table.setHeaderRows(1);
            table.addCell(type.headerCell("変更"));
            table.addCell(type.headerCell("理由"));
            for (RevisionChange change : revision.changes()) {
                table.addCell(type.cell(change.describe(), Typesetter.Style.TABLE));
                table.addCell(type.cell(change.reason().isEmpty() ? ShapeTexts.NONE : change.reason(), Typesetter.Style.TABLE));
            }
            layout.add(table);
        }
    }
}
