package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.plan.PlanRevision;
import io.github.senryaku.model.plan.RevisionChange;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/** 改訂: a row per change of each revision — the revision, the year it took effect, the code, the change, its reason. */
final class RevisionSheet {

    static final String NAME = "改訂";
    static final int HEADER_ROW = 2;

    private RevisionSheet() {
    }

    static void write(FinalReportSnapshot snapshot, Sheet sheet, WorkbookStyles styles) {
        List<String> headers = List.of("改訂", "適用年度", "コード", "変更", "理由", "改訂の趣旨");
        SheetWriter out = new SheetWriter(sheet, styles, 24, 12, 10, 48, 40, 40);
        FinalReportWorkbook.titleRows(out, snapshot, NAME);
        out.row();
        for (int i = 0; i < headers.size(); i++) {
            out.header(i, headers.get(i));
        }
        for (PlanRevision revision : snapshot.revisions()) {
            for (RevisionChange change : revision.changes()) {
                out.row().text(0, revision.title(), styles.wrapped);
                out.text(1, revision.effective().eraLabel(), styles.text);
                out.text(2, change.code().text(), styles.text);
                out.text(3, change.describe(), styles.wrapped);
                out.text(4, change.reason(), styles.wrapped);
                out.text(5, revision.note(), styles.wrapped);
            }
        }
        if (snapshot.revisions().isEmpty()) {
            out.row().overflowing(0, "計画期間中の改訂はありません。", styles.note);
        }
        out.table(HEADER_ROW, out.nextRow() - 1, headers.size() - 1);
        out.finish();
    }
}
