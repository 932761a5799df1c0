package io.github.senryaku.batch.annualreport;

import io.github.senryaku.model.time.FiscalYear;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The forms a report is rendered in, and the file (or, for the HTML edition, the folder) each writes. */
public enum ReportFormat {
    PDF,
    XLSX,
    CSV,
    /** The HTML edition: a folder of static pages, {@code html/}, beside the other files. */
    HTML;

    /** What the annual report is rendered in when nothing is asked: every format. */
    public static final Set<ReportFormat> ANNUAL = Collections.unmodifiableSet(EnumSet.allOf(ReportFormat.class));
    /** The final report (最終評価) has no HTML edition. */
    public static final Set<ReportFormat> FINAL = Collections.unmodifiableSet(EnumSet.of(PDF, XLSX, CSV));

    /** {@code 進捗状況報告書_R6.pdf}, {@code 進捗状況報告書_R6.xlsx}, {@code kpi.csv}, {@code html}. */
    public String fileName(FiscalYear year) {
        return switch (this) {
            case PDF -> "進捗状況報告書_" + year.shortCode() + ".pdf";
            case XLSX -> "進捗状況報告書_" + year.shortCode() + ".xlsx";
            case CSV -> "kpi.csv";
            case HTML -> "html";
        };
    }

    /** The format's name for people: PDF, Excel, CSV, HTML版. */
    public String label() {
        return switch (this) {
            case PDF -> "PDF";
            case XLSX -> "Excel";
            case CSV -> "CSV";
            case HTML -> "HTML版";
        };
    }

    /** Whether the format writes a folder of files rather than one file. */
    public boolean isFolder() {
        return this == HTML;
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
                throw new IllegalArgumentException("形式「" + trimmed + "」はありません。pdf, xlsx, csv, html から選んでください");
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("形式を一つ以上指定してください（pdf, xlsx, csv, html）");
        }
        return formats;
    }

    public static String text(Set<ReportFormat> formats) {
        return String.join(",", formats.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
