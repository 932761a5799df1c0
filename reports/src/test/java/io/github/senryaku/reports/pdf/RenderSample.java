package io.github.senryaku.reports.pdf;

import io.github.senryaku.reports.csv.KpiCsv;
import io.github.senryaku.reports.snapshot.KnownSnapshot;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.snapshot.ShapesSnapshot;
import io.github.senryaku.reports.xlsx.AnnualReportWorkbook;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a snapshot into a folder, to look at by hand: {@code RenderSample DIR} the known Kanazawa one,
 * {@code RenderSample DIR shapes} the サンプル plan of every target shape.
 */
public final class RenderSample {

    private RenderSample() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        ReportSnapshot snapshot = args.length > 1 && args[1].equals("shapes") ? ShapesSnapshot.r5() : KnownSnapshot.r6();
        try (OutputStream out = Files.newOutputStream(dir.resolve("report.pdf"))) {
            System.out.println(new AnnualReportPdf(ReportFont.bundled()).render(snapshot, out));
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("report.xlsx"))) {
            AnnualReportWorkbook.write(snapshot, out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(KpiCsv.FILE_NAME))) {
            KpiCsv.write(snapshot, out);
        }
    }
}
