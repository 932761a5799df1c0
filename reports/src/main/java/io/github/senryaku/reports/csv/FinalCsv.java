package io.github.senryaku.reports.csv;

import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.TargetCourse;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.reports.format.FinalTexts;
import io.github.senryaku.reports.format.Figures;
import io.github.senryaku.reports.snapshot.FinalReportSnapshot;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Open data {@code final.csv} of a plan's final report (最終評価), in kpi.csv's form (UTF-8 with BOM, one
 * header row, CRLF, numbers without separators, text neutralised against formulas — {@link CsvWriter}): one
 * row per target the plan had, a column per year of the period holding the year's figure — a number, or a
 * milestone's state — empty when there is none (not reported, 未公表, or the target not in force that year)
 * and 未提出 for a year with no report at all; then the final grade, 達成状況 and the successor's target, and,
 * as in kpi.csv, whether the data is sample data and its fingerprint.
 */
public final class FinalCsv {

    public static final String FILE_NAME = "final.csv";

    private FinalCsv() {
    }

    static List<String> header(FinalReportSnapshot snapshot) {
        List<String> header = new ArrayList<>(List.of("計画コード", "区分", "目標コード", "指標名", "単位", "基準値", "目標値"));
        snapshot.years().forEach(year -> header.add(year.shortCode()));
        header.addAll(List.of("最終評価", "達成状況", "後継計画コード", "後継目標コード", "データ区分", "データ指紋（SHA-256）"));
        return header;
    }

    public static void write(FinalReportSnapshot snapshot, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.start(new OutputStreamWriter(out, StandardCharsets.UTF_8), header(snapshot));
        String hash = snapshot.sha256();
        for (TargetCourse course : snapshot.targets()) {
            csv.row(line(snapshot, course, hash));
        }
        csv.flush();
    }

    private static List<CsvCell> line(FinalReportSnapshot snapshot, TargetCourse course, String hash) {
        NumericalTarget target = course.target();
        List<CsvCell> cells = new ArrayList<>();
        cells.add(CsvCell.text(snapshot.plan().code()));
        cells.add(CsvCell.text(KpiCsv.KINDS.get(target.kind())));
        cells.add(CsvCell.text(target.code().text()));
        cells.add(CsvCell.text(target.name()));
        cells.add(CsvCell.text(target.unit().symbol()));
        cells.add(KpiCsv.baseline(snapshot.actuals(), target));
        cells.add(KpiCsv.goal(target));
        for (FiscalYear year : snapshot.years()) {
            cells.add(year(snapshot, course, year));
        }
        cells.add(CsvCell.text(course.finalGrade().code()));
        cells.add(CsvCell.text(course.achievement().japanese()));
        Optional<NumericalTarget> next = snapshot.continuation(target.code());
        cells.add(CsvCell.text(next.map(n -> snapshot.successor().orElseThrow().code()).orElse("")));
        cells.add(CsvCell.text(next.map(n -> n.code().text()).orElse("")));
        cells.add(CsvCell.text(KpiCsv.dataKind(snapshot.sample())));
        cells.add(CsvCell.text(hash));
        return cells;
    }

    private static CsvCell year(FinalReportSnapshot snapshot, TargetCourse course, FiscalYear year) {
        Optional<String> absent = FinalTexts.absence(snapshot.evaluation(), course, year);
        if (absent.isPresent()) {
            return absent.get().equals(FinalTexts.MISSING) ? CsvCell.text(FinalTexts.MISSING) : CsvCell.EMPTY;
        }
        Optional<Reported> actual = course.in(year).flatMap(evaluation -> evaluation.actual());
        if (actual.isPresent() && actual.get() instanceof Reported.Figure figure) {
            return CsvCell.number(Figures.printed(course.target(), figure.quantity()).value());
        }
        return actual.filter(Reported.State.class::isInstance).map(r -> CsvCell.text(((Reported.State) r).state()))
                .orElse(CsvCell.EMPTY);
    }
}
