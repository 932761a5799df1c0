package io.github.senryaku.batch.finalreport;

import io.github.senryaku.batch.annualreport.Manifest;
import io.github.senryaku.batch.annualreport.ReportFiles;
import io.github.senryaku.batch.annualreport.ReportFormat;
import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.reports.csv.FinalCsv;
import io.github.senryaku.reports.pdf.FinalReportPdf;
import io.github.senryaku.reports.pdf.ReportFont;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import io.github.senryaku.reports.xlsx.FinalReportWorkbook;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Renders a plan's final report (最終評価) from one snapshot of the store: each file under a temporary name,
 * moved into place when all are whole, then {@code MANIFEST.txt} (year: the plan's last).
 */
@Named
@Dependent
public class FinalReportBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(FinalReportBatchlet.class.getName());

    @Inject
    JobResources resources;

    @Inject
    @BatchProperty
    String plan;

    @Inject
    @BatchProperty
    String formats;

    @Inject
    @BatchProperty
    String out;

    @Override
    public String process() throws Exception {
        JobResources.Context context = resources.get();
        StrategyPlan reported = context.plans().plan(plan)
                .orElseThrow(() -> new IllegalArgumentException("計画「" + plan + "」は config/plans にありません"));
        Path folder = Files.createDirectories(Path.of(out));
        FinalReportSnapshot snapshot = FinalSnapshotReader.take(context, reported);
        List<String> warnings = new ArrayList<>();
        Set<ReportFormat> wanted = ReportFormat.parse(formats);
        if (!ReportFormat.FINAL.containsAll(wanted)) {
            throw new IllegalArgumentException("最終評価の形式は pdf, xlsx, csv です（HTML版は年次の報告書だけです）");
        }
        List<String> files = ReportFiles.write(folder, wanted, format -> fileName(format, snapshot),
                (format, stream) -> {
                    switch (format) {
                        case PDF -> warnings.addAll(new FinalReportPdf(ReportFont.of(context.settings().reportFont()))
                                .render(snapshot, stream).warnings());
                        case XLSX -> FinalReportWorkbook.write(snapshot, stream);
                        case CSV -> FinalCsv.write(snapshot, stream);
                    }
                });
        LOG.info(() -> "final report " + plan + ": wrote " + files + " in " + folder);
        warnings.forEach(LOG::warning);
        Manifest.write(folder, new Manifest(reported.code(), reported.period().to(), snapshot.sha256(), snapshot.sample(),
                files, warnings));
        return "COMPLETED";
    }

    static String fileName(ReportFormat format, FinalReportSnapshot snapshot) {
        return switch (format) {
            case PDF -> FinalReportPdf.fileName(snapshot);
            case XLSX -> FinalReportWorkbook.fileName(snapshot);
            case CSV -> FinalCsv.FILE_NAME;
            case HTML -> format.fileName(snapshot.plan().period().to()); // never written: named so it is never left behind
        };
    }
}
