package io.github.senryaku.batch.annualreport;

import io.github.senryaku.batch.runtime.JobResources;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.csv.KpiCsv;
import io.github.senryaku.reports.html.Download;
import io.github.senryaku.reports.html.HtmlEdition;
import io.github.senryaku.reports.pdf.AnnualReportPdf;
import io.github.senryaku.reports.pdf.ReportFont;
import io.github.senryaku.reports.snapshot.ReportSnapshot;
import io.github.senryaku.reports.xlsx.AnnualReportWorkbook;
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
        List<String> files = ReportFiles.write(folder, wanted, format -> format.fileName(fiscalYear),
                (format, stream) -> {
                    switch (format) {
                        case PDF -> warnings.addAll(new AnnualReportPdf(ReportFont.of(context.settings().reportFont()))
                                .render(snapshot, stream).warnings());
                        case XLSX -> AnnualReportWorkbook.write(snapshot, stream);
                        case CSV -> KpiCsv.write(snapshot, stream);
                        case HTML -> throw new IllegalStateException("the HTML edition is a folder");
                    }
                },
                (format, site) -> HtmlEdition.write(snapshot, site, downloads(wanted, fiscalYear)),
                progress -> context.notices().tell(ReportProgress.key(folder), progress));
        LOG.info(() -> "annual report " + reported.code() + " " + fiscalYear.shortCode() + ": wrote " + files + " in " + folder);
        warnings.forEach(warning -> LOG.warning(warning));
        Manifest.write(folder, new Manifest(reported.code(), fiscalYear, snapshot.sha256(), snapshot.sample(), files,
                warnings));
        return "COMPLETED";
    }

    /** The files of this run the HTML edition's summary links to: the PDF and kpi.csv, when they are written too. */
    static List<Download> downloads(Set<ReportFormat> wanted, FiscalYear year) {
        List<Download> downloads = new ArrayList<>();
        if (wanted.contains(ReportFormat.PDF)) {
            downloads.add(new Download("PDF版（A4、印刷用）", ReportFormat.PDF.fileName(year)));
        }
        if (wanted.contains(ReportFormat.CSV)) {
            downloads.add(new Download("オープンデータ：数値目標の実績と評価（CSV）", ReportFormat.CSV.fileName(year)));
        }
        return downloads;
    }
}
