package io.github.senryaku.reports.xlsx;

import io.github.senryaku.model.council.CouncilOpinion;
import io.github.senryaku.reports.format.CouncilTexts;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * 推進会議意見: one row per opinion of the review council, in the office's order — what it is about (its code and
 * name; 総括 for the plan as a whole), the 意見, the 対応方針 and who gave it (委員・会議). Only a year the council
 * spoke to has the sheet.
 */
final class CouncilSheet {

    static final String NAME = "推進会議意見";
    static final int HEADER_ROW = 2;
    static final List<String> HEADERS = List.of("対象コード", "対象", CouncilTexts.OPINION, CouncilTexts.RESPONSE,
            CouncilTexts.BY);

    private CouncilSheet() {
    }

    static void write(ReportSnapshot snapshot, Sheet sheet, WorkbookStyles styles) {
        SheetWriter out = new SheetWriter(sheet, styles, 10, 30, 50, 50, 16);
        AnnualReportWorkbook.titleRows(out, snapshot, NAME);
        out.row();
        for (int i = 0; i < HEADERS.size(); i++) {
            out.header(i, HEADERS.get(i));
        }
        for (CouncilOpinion opinion : snapshot.council().opinions()) {
            out.row().text(0, opinion.subject().text(), styles.text);
            out.text(1, CouncilTexts.name(snapshot.plan(), opinion.subject()), styles.wrapped);
            out.text(2, opinion.opinion(), styles.wrapped);
            out.text(3, opinion.response(), styles.wrapped);
            out.text(4, opinion.by().orElse(""), styles.wrapped);
        }
        out.table(HEADER_ROW, out.nextRow() - 1, HEADERS.size() - 1);
        out.finish();
    }
}
