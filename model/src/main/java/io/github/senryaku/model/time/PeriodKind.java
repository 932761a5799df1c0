package io.github.senryaku.model.time;

/** Whether a figure is counted per fiscal year (年度, April–March) or per calendar year (暦年). */
public enum PeriodKind {
    FISCAL_YEAR("年度"),
    CALENDAR_YEAR("暦年");

    private final String japanese;

    PeriodKind(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    /** {@code 令和6年度（2024年度）} for a fiscal year, {@code 令和6年（2024年）} for a calendar year. */
    public String label(FiscalYear year) {
        return switch (this) {
            case FISCAL_YEAR -> year.label();
            case CALENDAR_YEAR -> year.eraYear() + "年（" + year.gregorianYear() + "年）";
        };
    }

    /** {@code 令和6年度} or {@code 令和6年}. */
    public String eraLabel(FiscalYear year) {
        return switch (this) {
            case FISCAL_YEAR -> year.eraLabel();
            case CALENDAR_YEAR -> year.eraYear() + "年";
        };
    }
}
