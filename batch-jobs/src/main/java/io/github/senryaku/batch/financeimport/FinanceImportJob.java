package io.github.senryaku.batch.financeimport;

/**
 * The finance import job ({@code META-INF/batch-jobs/finance-import.xml}): the finance office's budget and
 * expenditure workbook (事業別予算決算), one execution per import run, through the same screen, stage and land
 * steps as the department import ({@code import-steps.xml}) with {@code source=finance} ({@link FinanceSource}). A landed file replaces the current lines of
 * each year it holds. Exit status: the tally of the run's files by how they ended, e.g. {@code LANDED 1}.
 */
public final class FinanceImportJob {

    public static final String NAME = "finance-import";

    private FinanceImportJob() {
    }
}
