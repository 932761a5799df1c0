package io.github.senryaku.batch.councilimport;

/**
 * The council import job ({@code META-INF/batch-jobs/council-import.xml}): the planning office's workbook of the
 * review council's opinions and its responses (推進会議意見), one execution per import run, through the same
 * stage and land steps as the department import ({@code import-steps.xml}) with {@code source=council}
 * ({@link CouncilSource}). Exit status: the tally of the run's files by how they ended, e.g. {@code LANDED 1}.
 */
public final class CouncilImportJob {

    public static final String NAME = "council-import";

    private CouncilImportJob() {
    }
}
