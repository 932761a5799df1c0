package io.github.senryaku.batch.annualreport;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.csv.KpiCsv;
import io.github.senryaku.reports.pdf.AnnualReportPdf;
import io.github.senryaku.reports.pdf.ReportFont;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.xlsx.AnnualReportWorkbook;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/** Renders the year's snapshot in each format asked for; see {@link AnnualReportJob}. */
@Named
@Dependent
public class AnnualReportBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(AnnualReportBatchlet.class.getName());

    @Inject
    JobResources resources;

    @Inject
    @BatchProperty
    String plan;

    @Inject
    @BatchProperty
    String year;

    @Inject
    @BatchProperty
    String formats;

    @Inject
    @BatchProperty
    String out;

    @Override
    public String process() throws Exception {
        JobResources.Context context = resources.get();
        FiscalYear fiscalYear = FiscalYear.of(Integer.parseInt(year));
        Path folder = Files.createDirectories(Path.of(out));
        StrategyPlan reported = plan == null || plan.isBlank() ? context.plan() : context.plans().plan(plan)
                .orElseThrow(() -> new IllegalArgumentException("計画「" + plan + "」は config/plans にありません"));
        ReportSnapshot snapshot = SnapshotReader.take(context, reported, fiscalYear);
        List<String> warnings = new ArrayList<>();
        Set<ReportFormat> wanted = ReportFormat.parse(formats);
        // Every file is rendered whole under a temporary name before any is moved into place, and files of
        // formats not asked for this time are removed: the folder never mixes reports of two snapshots.
        Map<ReportFormat, Path> rendered = new EnumMap<>(ReportFormat.class);
        try {
            for (ReportFormat format : wanted) {
                Path partial = folder.resolve(format.fileName(fiscalYear) + ".part");
                rendered.put(format, partial);
                try (OutputStream stream = Files.newOutputStream(partial)) {
                    switch (format) {
                        case PDF -> warnings.addAll(new AnnualReportPdf(ReportFont.of(context.settings().reportFont()))
                                .render(snapshot, stream).warnings());
                        case XLSX -> AnnualReportWorkbook.write(snapshot, stream);
                        case CSV -> KpiCsv.write(snapshot, stream);
                    }
                }
            }
        } catch (Exception failed) {
            for (Path partial : rendered.values()) {
                Files.deleteIfExists(partial);
            }
            throw failed;
        }
        List<String> files = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            Path target = folder.resolve(format.fileName(fiscalYear));
            if (rendered.containsKey(format)) {
                Files.move(rendered.get(format), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                files.add(target.getFileName().toString());
                LOG.info(() -> "annual report " + fiscalYear.shortCode() + ": wrote " + target);
            } else {
                Files.deleteIfExists(target);
            }
        }
        warnings.forEach(warning -> LOG.warning(warning));
        Manifest.write(folder, new Manifest(reported.code(), fiscalYear, snapshot.sha256(), snapshot.sample(), files,
                warnings));
        return "COMPLETED";
    }

}
