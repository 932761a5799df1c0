package io.github.senryaku.batch.annualreport;

import io.github.senryaku.model.time.FiscalYear;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The forms the annual report is rendered in, and the file each writes. */
public enum ReportFormat {
    PDF,
    XLSX,
    CSV;

    /** {@code 進捗状況報告書_R6.pdf}, {@code 進捗状況報告書_R6.xlsx}, {@code kpi.csv}. */
    public String fileName(FiscalYear year) {
        return switch (this) {
            case PDF -> "進捗状況報告書_" + year.shortCode() + ".pdf";
            case XLSX -> "進捗状況報告書_" + year.shortCode() + ".xlsx";
            case CSV -> "kpi.csv";
        };
    }

    /** {@code pdf,xlsx} → PDF and XLSX; an unknown name is an error naming the known ones. */
    public static Set<ReportFormat> parse(String list) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String name : list.split(",")) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(trimmed.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("形式「" + trimmed + "」はありません。pdf, xlsx, csv から選んでください");
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("形式を一つ以上指定してください（pdf, xlsx, csv）");
        }
        return formats;
    }

    public static String text(Set<ReportFormat> formats) {
        return String.join(",", formats.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
