package io.github.senryaku.reports.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.reports.pdf.AnnualReportPdf;
import io.github.senryaku.reports.pdf.PdfReading;
import io.github.senryaku.reports.pdf.ReportFont;
import io.github.senryaku.reports.snapshot.KnownSnapshot;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML edition and the PDF, both read back, give every target the same year's figure, rate and grade: the HTML
 * summary's row against the PDF summary's list. OpenPDF wraps a long cell over lines that interleave with the row's
 * other cells, so a PDF cell is matched as its characters in order within the row; the grade, which never wraps, whole.
 */
class HtmlAgainstPdfTest {

    @TempDir
    Path dir;

    @Test
    void everyTarget_hasTheSameFigureRateAndGrade_inTheHtmlAndInThePdf() throws Exception {
        for (ReportSnapshot snapshot : List.of(KnownSnapshot.r6(), ShapesSnapshot.r5())) {
            Path site = dir.resolve(snapshot.plan().code());
            HtmlEdition.write(snapshot, site, List.of());
            SitePage index = SitePage.read(site.resolve("index.html"));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            new AnnualReportPdf(ReportFont.bundled()).render(snapshot, pdf);
            List<String> lines = List.of(String.join("\n", PdfReading.pagesInReadingOrder(pdf.toByteArray())).split("\n"));
            Set<String> codes = snapshot.plan().targets().map(t -> t.code().text()).collect(Collectors.toSet());

            for (NumericalTarget target : snapshot.plan().targets().toList()) {
                String code = target.code().text();
                List<String> html = index.all("tr").stream().map(SitePage::cells)
                        .filter(cells -> !cells.isEmpty() && cells.get(0).equals(code)).findFirst()
                        .orElseThrow(() -> new AssertionError("no HTML row for " + code));
                String row = pdfRow(lines, code, codes);

                for (String cell : html.subList(2, 5)) {
                    assertTrue(inOrder(compact(cell), compact(row)), code + ": HTML's 「" + cell + "」 is not in the PDF's row 「" + row + "」");
                }
                String grade = html.get(4);
                assertTrue(compact(row).contains(compact(grade)), code + ": " + grade + " / " + row);
            }
        }
    }

    /** The summary list's row of a target in the PDF's text: its line and the wrapped lines under it. */
    private static String pdfRow(List<String> lines, String code, Set<String> codes) {
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).contains("の一覧")) {
                // The list may begin on the next page, after the page number and the running header.
                for (int j = i + 1; j < lines.size(); j++) {
                    if (lines.get(j).startsWith(code + " ")) {
                        start = j;
                        break;
                    }
                }
            }
        }
        if (start < 0) {
            throw new AssertionError("no PDF row for " + code);
        }
        List<String> row = new ArrayList<>(List.of(lines.get(start)));
        for (int j = start + 1; j < lines.size(); j++) {
            String line = lines.get(j);
            if (line.isBlank() || line.startsWith("- ") || codes.contains(line.strip().split(" ")[0])
                    || line.contains("の一覧")) {
                break;
            }
            row.add(line);
        }
        return String.join(" ", row);
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Whether every character of {@code wanted} appears in {@code text} in order. */
    private static boolean inOrder(String wanted, String text) {
        int at = 0;
        for (char c : wanted.toCharArray()) {
            at = text.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }
}
