package io.github.senryaku.reports.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.PdfPTable;
import io.github.senryaku.model.council.CouncilOpinion;
import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.plan.Policy;
import io.github.senryaku.reports.format.CouncilTexts;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import java.util.List;

/**
 * The review council's opinions beside what they are about: a small block 推進会議等の意見 under a goal, a target or
 * a policy (with its KPIs'), each opinion's 意見, 対応方針 and 委員・会議 as labelled rows; the opinions on the plan
 * as a whole (総括) as a chapter of their own after 概要. A subject the council said nothing of prints nothing.
 */
final class CouncilBlock {

    private CouncilBlock() {
    }

    /** The opinions on a goal or a target, under it. */
    static void write(Layout<ReportSnapshot> layout, ReviewSubject subject) throws DocumentException {
        block(layout, layout.snapshot().council().about(subject));
    }

    /** The opinions on a policy and on its own KPIs, each KPI named on its opinions. */
    static void write(Layout<ReportSnapshot> layout, Policy policy) throws DocumentException {
        block(layout, CouncilTexts.underPolicy(layout.snapshot().council(), policy));
    }

    /** 総括: a chapter after 概要, when the council spoke to the plan as a whole. */
    static void writeOverall(Layout<ReportSnapshot> layout) throws DocumentException {
        List<CouncilOpinion> opinions = layout.snapshot().council().overall();
        if (opinions.isEmpty()) {
            return;
        }
        layout.chapter(CouncilTexts.OVERALL_HEADING);
        layout.body(CouncilTexts.OVERALL_INTRO);
        layout.add(table(layout, opinions));
    }

    private static void block(Layout<ReportSnapshot> layout, List<CouncilOpinion> opinions) throws DocumentException {
        if (opinions.isEmpty()) {
            return;
        }
        layout.add(layout.type().paragraph(CouncilTexts.HEADING, Typesetter.Style.TABLE_HEADER, Element.ALIGN_LEFT, 4, 0));
        layout.add(table(layout, opinions));
    }

    /** A labelled row per part of each opinion: 対象 (a KPI's), 意見, 対応方針, 委員・会議 (when written down). */
    private static PdfPTable table(Layout<ReportSnapshot> layout, List<CouncilOpinion> opinions) {
        Typesetter type = layout.type();
        PdfPTable table = Layout.table(1.4f, 8.6f);
        for (CouncilOpinion opinion : opinions) {
            String kpi = CouncilTexts.kpiLabel(layout.snapshot().plan(), opinion);
            if (!kpi.isEmpty()) {
                row(table, type, "対象", kpi);
            }
            row(table, type, CouncilTexts.OPINION, opinion.opinion());
            row(table, type, CouncilTexts.RESPONSE, opinion.response());
            opinion.by().ifPresent(by -> row(table, type, CouncilTexts.BY, by));
        }
        return table;
    }

    private static void row(PdfPTable table, Typesetter type, String label, String text) {
        table.addCell(type.labelCell(label));
        table.addCell(type.cell(text, Typesetter.Style.TABLE));
    }
}
