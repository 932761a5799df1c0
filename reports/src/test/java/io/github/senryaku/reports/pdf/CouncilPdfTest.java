package io.github.senryaku.reports.pdf;

import static io.github.senryaku.reports.snapshot.CouncilSnapshot.GOAL_BY;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.GOAL_OPINION;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.GOAL_RESPONSE;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.KPI_OPINION;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.KPI_RESPONSE;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.MARKUP_OPINION;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.MARKUP_RESPONSE;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.OVERALL_OPINION;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.OVERALL_RESPONSE;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.POLICY_OPINION;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.POLICY_RESPONSE;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.TARGET_OPINION;
import static io.github.senryaku.reports.snapshot.CouncilSnapshot.TARGET_RESPONSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.reports.format.CouncilTexts;
import io.github.senryaku.reports.snapshot.CouncilSnapshot;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The council's opinions in the annual PDF, read back from its text: each opinion and its response under the
 * heading of what it is about and before the next subject's heading, the 総括 in a chapter of its own after 概要,
 * and the PDF still PDF/UA-1 and PDF/A-2a with them.
 */
class CouncilPdfTest {

    private static byte[] pdf;
    /** The whole text in reading order, lines joined: a long opinion wrapped in its cell reads as one. */
    private static String text;

    @BeforeAll
    static void render() throws Exception {
        pdf = render(CouncilSnapshot.r5());
        text = String.join("", PdfReading.pages(pdf)).replace("\r", "").replace("\n", "");
    }

    private static byte[] render(ReportSnapshot snapshot) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AnnualReportPdf(ReportFont.bundled()).render(snapshot, out);
        return out.toByteArray();
    }

    @Test
    void eachOpinion_andItsResponse_standUnderTheirSubject_beforeTheNextSubject() {
        assertInOrder(
                "概要", CouncilTexts.OVERALL_HEADING, OVERALL_OPINION, OVERALL_RESPONSE, "全体目標", "基本目標1　しごとをつくり、安心して働けるようにする", CouncilTexts.HEADING, GOAL_OPINION,
                GOAL_RESPONSE, GOAL_BY, "数値目標", "T1-1　新規就業者数",
                "T1-2　市外への転出超過数", CouncilTexts.HEADING, TARGET_OPINION, TARGET_RESPONSE, "委員A",
                "主要施策と取組の実施状況", "P1-1　地域産業の振興と創業の支援",
                "P1-2　働きながら子育てできる環境づくり", "保育所の定員拡大", CouncilTexts.HEADING, POLICY_OPINION,
                POLICY_RESPONSE, "K1-2-1　待機児童数", KPI_OPINION, KPI_RESPONSE, "委員B",
                "基本目標2　ひとが集い、住み続けたいまちにする", "T2-1　市民満足度", MARKUP_OPINION, MARKUP_RESPONSE,
                "T2-2　観光入込客数", "付録1　評価基準");
        for (String printedOnce : List.of(OVERALL_OPINION, OVERALL_RESPONSE, GOAL_OPINION, GOAL_RESPONSE, TARGET_OPINION,
                TARGET_RESPONSE, POLICY_OPINION, POLICY_RESPONSE, KPI_OPINION, KPI_RESPONSE, MARKUP_OPINION)) {
            assertEquals(text.indexOf(printedOnce), text.lastIndexOf(printedOnce), "printed once: " + printedOnce);
        }
    }

    @Test
    void opinionsOnTheWhole_haveTheirOwnBookmarkedChapter_afterTheSummary() throws Exception {
        List<String> bookmarks = PdfReading.bookmarks(pdf);

        assertEquals(List.of("概要", CouncilTexts.OVERALL_HEADING, "全体目標"), bookmarks.subList(0, 3),
                bookmarks.toString());
    }

    @Test
    void aYearWithoutOpinions_printsNothingOfTheCouncil() throws Exception {
        String without = String.join("", PdfReading.pages(render(ShapesSnapshot.r5())));

        assertFalse(without.contains("推進会議"), without);
        assertFalse(PdfReading.bookmarks(render(ShapesSnapshot.r5())).contains(CouncilTexts.OVERALL_HEADING));
    }

    @Test
    void veraPdf_saysPdfUa1AndPdfA2aCompliant_withOpinions() throws Exception {
        assertEquals(List.of(), PdfReading.pdfUa1Failures(pdf));
        assertEquals(List.of(), PdfReading.pdfA2aFailures(pdf));
    }

    /** Each piece is found after the one before it. */
    private static void assertInOrder(String... pieces) {
        int at = 0;
        for (String piece : pieces) {
            int found = text.indexOf(piece, at);
            assertTrue(found >= 0, "「" + piece + "」 is not after 「" + text.substring(Math.max(0, at - 60), at) + "」, before 「"
                    + text.substring(at, Math.min(text.length(), at + 300)) + "…」");
            at = found + piece.length();
        }
    }
}
