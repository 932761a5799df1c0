package io.github.senryaku.reports.pdf;

import io.github.senryaku.reports.snapshot.KnownSnapshot;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders the known snapshot to a file, to look at the pages by hand: {@code RenderSample OUT.pdf}. */
public final class RenderSample {

    private RenderSample() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            AnnualReportPdf.Rendered rendered = new AnnualReportPdf(ReportFont.bundled()).render(KnownSnapshot.r6(), out);
            System.out.println(rendered);
        }
    }
}
