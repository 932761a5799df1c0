package io.github.senryaku.batch.imports;

/**
 * The finance import job ({@code META-INF/batch-jobs/finance-import.xml}): the finance office's budget and
 * expenditure workbook (事業別予算決算), one execution per import run, through the same screen, stage and land
 * steps as the department import with {@code source=finance}. A landed file replaces the current lines of
 * each year it holds. Exit status as for {@link DepartmentImportJob}.
 */
public final class FinanceImportJob {

    public static final String NAME = "finance-import";

    private FinanceImportJob() {
    }
}
