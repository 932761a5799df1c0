package io.github.senryaku.reports.format;

import io.github.senryaku.model.plan.Measure;
import io.github.senryaku.reports.snapshot.MeasureReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How a measure (取組) and its year's report read in the PDF and the HTML edition. */
public final class MeasureTexts {

    public static final String NOT_SUBMITTED = "未提出";

    private MeasureTexts() {
    }

    /** {@code M1-1-1［新規］　出産・子育て応援…}. */
    public static String title(Measure measure) {
        return measure.code().text() + (measure.isNew() ? "［新規］" : "") + "　" + measure.title();
    }

    /** The department that reported, else the plan's, else {@code －}. */
    public static String department(Measure measure, Optional<MeasureReport> report) {
        return report.map(MeasureReport::department).filter(d -> !d.isEmpty()).or(measure::department)
                .orElse(ShapeTexts.NONE);
    }

    public static String status(Optional<MeasureReport> report) {
        return report.map(MeasureReport::status).orElse(NOT_SUBMITTED);
    }

    public static String direction(Optional<MeasureReport> report) {
        return report.map(MeasureReport::direction).filter(d -> !d.isEmpty()).orElse(ShapeTexts.NONE);
    }

    /** The department's comments, one line each: {@code 取組内容：…}, {@code 成果：…}, {@code 課題：…}; blank ones left out. */
    public static List<String> comments(Optional<MeasureReport> report) {
        List<String> lines = new ArrayList<>();
        report.ifPresent(r -> {
            add(lines, "取組内容", r.content());
            add(lines, "成果", r.result());
            add(lines, "課題", r.issue());
        });
        return lines;
    }

    private static void add(List<String> lines, String label, String value) {
        if (!value.isBlank()) {
            lines.add(label + "：" + value.strip());
        }
    }
}
