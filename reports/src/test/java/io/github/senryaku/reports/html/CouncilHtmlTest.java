package io.github.senryaku.reports.html;

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
import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The council's opinions in the HTML edition, read back as a browser parses the pages: each opinion and response
 * inside the section of what it is about, the 総括 on the summary page, markup in an opinion shown as text. (The Nu
 * checker and axe audit these pages with the others in {@link HtmlEditionTest}.)
 */
class CouncilHtmlTest {

    @TempDir
    static Path dir;

    static Path site;

    @BeforeAll
    static void render() throws Exception {
        site = dir.resolve("html");
        HtmlEdition.write(CouncilSnapshot.r5(), site, HtmlEditionTest.DOWNLOADS);
    }

    private static String section(String page, String id) throws Exception {
        return SitePage.text(SitePage.read(site.resolve(page)).byId(id)
                .orElseThrow(() -> new AssertionError("no #" + id + " in " + page)));
    }

    /** Each term of the council's lists within an element and what it says: {@code 意見＝…}. */
    private static List<String> terms(Element within) {
        List<Element> terms = SitePage.all(within, "dt");
        List<Element> descriptions = SitePage.all(within, "dd");
        assertEquals(terms.size(), descriptions.size());
        return java.util.stream.IntStream.range(0, terms.size())
                .mapToObj(i -> SitePage.text(terms.get(i)) + "＝" + SitePage.text(descriptions.get(i))).toList();
    }

    @Test
    void theOpinionsOnTheWhole_areASectionOfTheSummaryPage_withItsHeading() throws Exception {
        SitePage index = SitePage.read(site.resolve("index.html"));
        Element council = index.byId("overall-council").orElseThrow();

        assertEquals("section", council.getTagName());
        assertEquals(CouncilTexts.OVERALL_HEADING, SitePage.text(index.byId("overall-council-heading").orElseThrow()));
        assertEquals("h2", index.byId("overall-council-heading").orElseThrow().getTagName());
        assertEquals(List.of("意見＝" + OVERALL_OPINION, "対応方針＝" + OVERALL_RESPONSE), terms(council));
    }

    @Test
    void aGoalsOpinions_standUnderItsHeading_beforeItsTargets() throws Exception {
        SitePage goal = SitePage.read(site.resolve("goal-1.html"));
        String council = section("goal-1.html", "G1-council");

        assertEquals(List.of("意見", "対応方針", "委員・会議"),
                SitePage.all(goal.byId("G1-council").orElseThrow(), "dt").stream().map(SitePage::text).toList());
        assertTrue(council.contains(GOAL_OPINION) && council.contains(GOAL_RESPONSE) && council.contains(GOAL_BY), council);
        assertEquals("h2", goal.byId("G1-council-heading").orElseThrow().getTagName());
        String page = SitePage.text(goal.all("main").get(0));
        assertTrue(page.indexOf(GOAL_OPINION) < page.indexOf("T1-1　新規就業者数"), page);
        assertFalse(section("goal-1.html", "T1-1").contains(GOAL_OPINION));
    }

    @Test
    void aTargetsOpinions_areInsideItsSection_andNoOther() throws Exception {
        String target = section("goal-1.html", "T1-2");

        assertTrue(target.contains(CouncilTexts.HEADING), target);
        assertTrue(target.contains(TARGET_OPINION) && target.contains(TARGET_RESPONSE) && target.contains("委員A"), target);
        assertFalse(section("goal-1.html", "T1-1").contains(CouncilTexts.HEADING));
        assertFalse(section("goal-1.html", "P1-1").contains(TARGET_OPINION));
    }

    @Test
    void aPolicysOpinions_andItsKpis_areInsideItsSection_theKpiNamed() throws Exception {
        String policy = section("goal-1.html", "P1-2");

        assertTrue(policy.contains(POLICY_OPINION) && policy.contains(POLICY_RESPONSE), policy);
        assertEquals(List.of("意見＝" + POLICY_OPINION, "対応方針＝" + POLICY_RESPONSE, "対象＝K1-2-1　待機児童数",
                "意見＝" + KPI_OPINION, "対応方針＝" + KPI_RESPONSE, "委員・会議＝委員B"),
                terms(SitePage.read(site.resolve("goal-1.html")).byId("P1-2-council").orElseThrow()));
        assertFalse(section("goal-1.html", "P1-1").contains(CouncilTexts.HEADING));
        assertFalse(Files.readString(site.resolve("goal-2.html")).contains(KPI_OPINION),
                "a reprinted KPI's opinions stay under its own policy");
    }

    @Test
    void markupInAnOpinion_isEscaped_andReadsAsWritten() throws Exception {
        String raw = Files.readString(site.resolve("goal-2.html"), StandardCharsets.UTF_8);
        SitePage page = SitePage.read(site.resolve("goal-2.html"));

        assertFalse(raw.contains("<script>"), "no script element is written");
        assertFalse(raw.contains("<b>"));
        assertTrue(raw.contains("&lt;script&gt;"), raw);
        assertEquals(List.of(), page.all("script"));
        assertEquals(List.of(), page.all("b"));
        assertTrue(section("goal-2.html", "T2-1").contains(MARKUP_OPINION), section("goal-2.html", "T2-1"));
        assertTrue(section("goal-2.html", "T2-1").contains(MARKUP_RESPONSE));
    }

    @Test
    void aYearWithoutOpinions_showsNothingOfTheCouncil() throws Exception {
        Path without = dir.resolve("without");
        HtmlEdition.write(ShapesSnapshot.r5(), without, HtmlEditionTest.DOWNLOADS);

        for (Path page : HtmlEditionTest.pages(without)) {
            assertFalse(Files.readString(page).contains("推進会議"), page.toString());
        }
    }
}
