package io.github.senryaku.batch.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.senryaku.batch.annualreport.AnnualReportJob;
import io.github.senryaku.batch.councilimport.CouncilImportJob;
import io.github.senryaku.batch.finalreport.FinalReportJob;
import io.github.senryaku.batch.departmentimport.DepartmentImportJob;
import io.github.senryaku.batch.financeimport.FinanceImportJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The runtime's list of jobs, each job's own name and the job files shipped stay the same set. */
class JobNamesTest {

    @Test
    void theList_namesEveryJobFileShipped_andEveryJobsOwnName() throws Exception {
        // The main classes folder only: the test classes hold a probe job of their own.
        Path jobFiles = Path.of(JobNames.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("META-INF/batch-jobs");
        Set<String> shipped;
        try (Stream<Path> files = Files.list(jobFiles)) {
            // An abstract job (import-steps.xml: steps the import jobs inherit) is not a job that runs.
            shipped = files.filter(file -> file.getFileName().toString().endsWith(".xml")).filter(file -> !isAbstract(file))
                    .map(file -> file.getFileName().toString().replaceFirst("\\.xml$", "")).collect(Collectors.toSet());
        }

        assertEquals(shipped, Set.copyOf(JobNames.ALL));
        assertEquals(shipped.size(), JobNames.ALL.size(), "each job once");
        assertEquals(Set.of(DepartmentImportJob.NAME, FinanceImportJob.NAME, CouncilImportJob.NAME, AnnualReportJob.NAME,
                FinalReportJob.NAME), Set.copyOf(JobNames.ALL));
    }

    private static boolean isAbstract(Path jobFile) {
        try {
            return java.util.regex.Pattern.compile("<job[^>]*abstract=\"true\"").matcher(Files.readString(jobFile)).find();
        } catch (java.io.IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }
}
