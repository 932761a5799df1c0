package io.github.senryaku.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.evaluation.TargetEvaluation;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.reports.format.ShapeTexts;
import io.github.senryaku.reports.snapshot.CouncilSnapshot;
import io.github.senryaku.reports.snapshot.KnownSnapshot;
import io.github.senryaku.reports.snapshot.MeasureReport;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import io.github.senryaku.reports.testing.AxeAudit;
import io.github.senryaku.reports.testing.NuHtmlChecker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The HTML edition of the Kanazawa sample (R6) and of the plan of every target shape (R5), with and without the
 * council's opinions, written to a temp dir and
 * read back: valid HTML, accessible, and saying what the snapshot says.
 */
class HtmlEditionTest {

    static final List<Download> DOWNLOADS = List.of(new Download("PDF版（A4）", "進捗状況報告書_R6.pdf"),
            new Download("オープンデータ（CSV）", "kpi.csv"));

    @TempDir
    static Path dir;

    static ReportSnapshot kanazawa;
    static ReportSnapshot shapes;
    static Path kanazawaSite;
    static Path shapesSite;
    /** The shapes plan with the council's opinions on every kind of subject: audited with the others. */
    static Path councilSite;
    static HtmlEdition.Rendered rendered;

    @BeforeAll
    static void render() throws Exception {
        kanazawa = KnownSnapshot.r6();
        shapes = ShapesSnapshot.r5();
        kanazawaSite = dir.resolve("kanazawa/R6/html");
        shapesSite = dir.resolve("shapes/R5/html");
        rendered = HtmlEdition.write(kanazawa, kanazawaSite, DOWNLOADS);
        HtmlEdition.write(shapes, shapesSite, DOWNLOADS);
        councilSite = dir.resolve("council/R5/html");
        HtmlEdition.write(CouncilSnapshot.r5(), councilSite, DOWNLOADS);
    }

    static List<Path> pages(Path site) throws Exception {
        try (Stream<Path> files = Files.list(site)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    static List<Path> allPages() throws Exception {
        List<Path> all = new ArrayList<>(pages(kanazawaSite));
        all.addAll(pages(shapesSite));
        all.addAll(pages(councilSite));
        return all;
    }

    @Test
    void site_hasASummaryAPagePerGoalBudgetMissingGlossary_andItsStylesheet() {
        List<String> expected = new ArrayList<>(List.of("index.html"));
        kanazawa.plan().goals().forEach(goal -> expected.add("goal-" + goal.number() + ".html"));
        expected.addAll(List.of("budget.html", "missing.html", "glossary.html", "style.css"));

        assertEquals(expected, rendered.files());
        assertTrue(Files.exists(shapesSite.resolve("overall.html")), "a plan with 全体目標 gets their page");
    }

    @Test
    void everyPage_passesTheNuHtmlChecker_withNoError_andTheStylesheetItsCssChecker() throws Exception {
        NuHtmlChecker checker = new NuHtmlChecker();
        List<String> errors = new ArrayList<>();
        for (Path page : allPages()) {
            errors.addAll(checker.checkHtml(page).errors());
        }
        errors.addAll(checker.checkCss(kanazawaSite.resolve("style.css")).errors());

        assertEquals(List.of(), errors);
    }

    @Test
    void everyPage_passesAxe_withNoViolationOfWcag21AA() throws Exception {
        List<String> violations = new ArrayList<>();
        try (AxeAudit axe = AxeAudit.start(dir)) {
            for (Path page : allPages()) {
                axe.violationsOf(page.toUri().toString()).forEach(v -> violations.add(page.getFileName() + ": " + v));
            }
        }

        assertEquals(List.of(), violations);
    }

    @Test
    void everyTarget_readsTheSnapshotsFigureRateAndGrade_inTheSummaryAndInItsSection() throws Exception {
        for (Map.Entry<ReportSnapshot, Path> site : Map.of(kanazawa, kanazawaSite, shapes, shapesSite).entrySet()) {
            ReportSnapshot snapshot = site.getKey();
            SitePage index = SitePage.read(site.getValue().resolve("index.html"));
            for (NumericalTarget target : snapshot.plan().targets().toList()) {
                TargetEvaluation evaluation = snapshot.evaluation(target);
                String code = target.code().text();
                List<String> expected = List.of(code, target.name(), ShapeTexts.actualAndMeasured(evaluation),
                        ShapeTexts.rate(evaluation), evaluation.grade().grade().display());

                List<String> row = index.row(listOf(snapshot, target), code)
                        .orElseThrow(() -> new AssertionError("no summary row for " + code));
                assertEquals(expected, row, code);

                SitePage detail = SitePage.read(site.getValue().resolve(href(index, code)));
                if (snapshot.plan().kpis().anyMatch(target::equals)) {
                    List<String> kpi = SitePage.cells(detail.byId(code).map(Element.class::cast).orElseThrow());
                    assertEquals(List.of(ShapeTexts.actualAndMeasured(evaluation), ShapeTexts.rate(evaluation),
                            ShapeTexts.expected(evaluation), evaluation.grade().grade().display()), kpi.subList(4, 8), code);
                } else {
                    assertEquals(ShapeTexts.rate(evaluation), detail.fact(code, "達成率").orElseThrow(), code);
                    assertEquals(ShapeTexts.expected(evaluation), detail.fact(code, "期待値").orElseThrow(), code);
                    assertEquals(evaluation.grade().grade().display(), detail.fact(code, "評価").orElseThrow(), code);
                }
            }
        }
    }

    private static String listOf(ReportSnapshot snapshot, NumericalTarget target) {
        if (snapshot.plan().overallTargets().contains(target)) {
            return "全体目標の一覧";
        }
        return snapshot.plan().kpis().anyMatch(target::equals) ? "重要業績評価指標（KPI）の一覧" : "数値目標の一覧";
    }

    /** The page a summary row links the code to, without its anchor. */
    private static String href(SitePage index, String code) {
        return index.all("a").stream().filter(a -> SitePage.text(a).equals(code)).findFirst()
                .map(a -> a.getAttribute("href").replaceAll("#.*", "")).orElseThrow();
    }

    @Test
    void summary_linksThePdfAndTheCsvBesideTheSite_byRelativeLinks() throws Exception {
        SitePage index = SitePage.read(kanazawaSite.resolve("index.html"));

        List<String> hrefs = index.all("a").stream().map(a -> a.getAttribute("href")).toList();

        assertTrue(hrefs.contains("../%E9%80%B2%E6%8D%97%E7%8A%B6%E6%B3%81%E5%A0%B1%E5%91%8A%E6%9B%B8_R6.pdf"), hrefs.toString());
        assertTrue(hrefs.contains("../kpi.csv"), hrefs.toString());
        assertEquals(kanazawaSite.resolveSibling("進捗状況報告書_R6.pdf").toUri(),
                kanazawaSite.resolve("index.html").toUri().resolve(hrefs.stream().filter(h -> h.endsWith(".pdf")).findFirst()
                        .orElseThrow()));
    }

    @Test
    void pages_askForNothingOutsideTheSite_andRunNoScript() throws Exception {
        for (Path page : allPages()) {
            SitePage read = SitePage.read(page);
            String html = Files.readString(page, StandardCharsets.UTF_8);

            assertTrue(read.all("script").isEmpty(), page.toString());
            assertFalse(html.matches("(?s).*\\s(on[a-z]+|style)=.*"), "no event handler or inline style: " + page);
            for (Element link : read.all("link")) {
                assertEquals("style.css", link.getAttribute("href"), page.toString());
            }
            for (Element anchor : read.all("a")) {
                String href = anchor.getAttribute("href");
                assertFalse(href.contains("://"), page + " links outside: " + href);
                String file = href.replaceAll("#.*", "");
                if (!file.isEmpty() && !file.startsWith("../")) {
                    assertTrue(Files.exists(page.resolveSibling(file)), page + " links to a missing page: " + href);
                }
            }
            assertTrue(read.all("img").isEmpty(), "charts are inline SVG: " + page);
        }
        String css = Files.readString(kanazawaSite.resolve("style.css"), StandardCharsets.UTF_8);
        assertFalse(css.contains("url("), "no web font or image is fetched");
        assertFalse(css.contains("@import"), css);
    }

    @Test
    void everyPage_isJapanese_withOneH1_headingsInOrder_aSkipLink_andCaptionedTablesWithHeaderScopes() throws Exception {
        for (Path page : allPages()) {
            SitePage read = SitePage.read(page);

            assertEquals("ja", read.all("html").get(0).getAttribute("lang"), page.toString());
            assertEquals(1, read.all("h1").size(), page.toString());
            Element skip = read.all("a").get(0);
            assertEquals("#main", skip.getAttribute("href"), page.toString());
            assertTrue(read.byId("main").isPresent(), page.toString());
            int level = 0;
            for (Element heading : read.all("*").stream().filter(e -> e.getTagName().matches("h[1-6]")).toList()) {
                int next = heading.getTagName().charAt(1) - '0';
                assertTrue(next <= level + 1, page + ": " + heading.getTagName() + " after h" + level + " (" + SitePage.text(heading) + ")");
                level = next;
            }
            for (Element table : read.all("table")) {
                assertEquals(1, SitePage.all(table, "caption").size(), page + ": a table without a caption");
                for (Element th : SitePage.all(table, "th")) {
                    assertTrue(th.getAttribute("scope").matches("col|row"), page + ": th without scope: " + SitePage.text(th));
                }
            }
        }
    }

    @Test
    void grades_readByLetterAndWord_theColourOnlyASecondCue() throws Exception {
        SitePage index = SitePage.read(kanazawaSite.resolve("index.html"));

        List<String> grades = index.all("td").stream().filter(td -> td.getAttribute("class").startsWith("grade"))
                .map(SitePage::text).distinct().sorted().toList();

        List<String> words = kanazawa.rulebook().grades().stream().map(g -> g.display()).toList();
        assertTrue(words.containsAll(grades) && grades.contains("A（達成）") && grades.contains("N（未評価）"), grades.toString());
    }

    @Test
    void everyChart_isAnSvgImage_whoseTextAlternativeNamesItsFigures_givenAgainInATable() throws Exception {
        SitePage goal = SitePage.read(kanazawaSite.resolve("goal-3.html"));

        Element svg = goal.byId("chart-T3-1-title").map(t -> (Element) t.getParentNode()).orElseThrow();
        String alternative = SitePage.text(goal.byId("chart-T3-1-title").orElseThrow());

        assertEquals("img", svg.getAttribute("role"));
        assertEquals("chart-T3-1-title", svg.getAttribute("aria-labelledby"));
        assertTrue(alternative.contains("R2 812万人") && alternative.contains("R6 1,121万人"), alternative);
        List<String> row = goal.row("T3-1　", "実績値").orElseThrow();
        assertTrue(row.contains("812万人") && row.contains("1,121万人"), row.toString());

        String tallies = SitePage.text(SitePage.read(kanazawaSite.resolve("index.html")).byId("chart-tallies-title").orElseThrow());
        assertTrue(tallies.contains("A（達成）") && tallies.contains("件"), tallies);
    }

    @Test
    void theStylesheet_printsOnA4_andShowsWhereTheFocusIs() throws Exception {
        String css = Files.readString(kanazawaSite.resolve("style.css"), StandardCharsets.UTF_8);

        assertTrue(css.contains("size: A4"), css);
        assertTrue(css.contains("@media print"), css);
        assertTrue(css.matches("(?s).*:focus[^{]*\\{[^}]*outline: 3px solid.*"), css);
    }

    @Test
    void textWithMarkup_isEscaped_andReadsBackAsTheTextItWas() throws Exception {
        String hostile = "<script>alert(\"x\")</script> & \"引用\" <b>太字</b>";
        ReportSnapshot snapshot = KnownSnapshot.withReport(new MeasureReport(new MeasureCode(3, 1, 2), KnownSnapshot.R6,
                "実施", hostile, hostile, hostile, "", "<i>観光政策課</i>", "hostile.xlsx"));
        Path site = dir.resolve("hostile");

        HtmlEdition.write(snapshot, site, List.of());

        Path page = site.resolve("goal-3.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        SitePage read = SitePage.read(page);
        assertFalse(html.contains("<script"), "the script tag is text, not markup");
        assertTrue(html.contains("&lt;script&gt;"), "escaped as text");
        assertTrue(read.all("script").isEmpty() && read.all("b").isEmpty() && read.all("i").isEmpty());
        List<String> row = read.row("P3-1の取組", "M3-1-2［新規］　" + snapshot.plan().measure(new MeasureCode(3, 1, 2))
                .orElseThrow().title()).orElseThrow();
        assertEquals("<i>観光政策課</i>", row.get(1));
        assertEquals(hostile, row.get(3));
        assertTrue(row.get(4).contains("取組内容：" + hostile), row.get(4));
        assertEquals(List.of(), new NuHtmlChecker().checkHtml(page).errors());
    }
}
