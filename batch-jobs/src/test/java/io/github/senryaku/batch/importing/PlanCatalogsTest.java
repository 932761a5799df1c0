package io.github.senryaku.batch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.planfile.PlanFileLoader;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.testing.ProjectFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One catalog per plan for the run: built once, shared by the files of every partition, on several threads. */
class PlanCatalogsTest {

    private static StrategyPlan load() throws Exception {
        return PlanFileLoader.load(ProjectFiles.kanazawaPlan());
    }

    @Test
    void theFilesOfOnePlan_shareOneCatalog() throws Exception {
        PlanCatalogs catalogs = new PlanCatalogs();
        StrategyPlan plan = load();

        assertSame(catalogs.of(plan), catalogs.of(plan));
    }

    /** A plan read again (another runtime's plans folder) is another instance: its catalog is built afresh. */
    @Test
    void aPlanReadAgain_getsItsOwnCatalog() throws Exception {
        PlanCatalogs catalogs = new PlanCatalogs();
        PlanCatalog first = catalogs.of(load());
        StrategyPlan reloaded = load();

        PlanCatalog second = catalogs.of(reloaded);

        assertNotSame(first, second);
        assertSame(reloaded, second.plan());
    }

    /**
     * Partitions look codes up at once, filling the catalog's caches (parsed codes, the versions of the revised
     * plan) from several threads: every thread sees the same targets as one thread alone would. A smoke test — a
     * race need not show in one run — beside the reasoning in {@link PlanCatalog}'s comment.
     */
    @Test
    void lookUpsFromManyThreads_agreeWithOneThread(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        StrategyPlan plan = revisedKanazawa(folder);
        PlanCatalog shared = new PlanCatalogs().of(plan);
        List<String> typed = plan.history().targetsEver().map(target -> target.code().text()).toList();
        List<String> expected = new ArrayList<>();
        PlanCatalog alone = new PlanCatalog(plan);
        for (String code : typed) {
            expected.add(describe(alone, code));
        }
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                answers.add(threads.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    for (String code : typed) {
                        seen.add(describe(shared, code));
                    }
                    return seen;
                }));
            }
            for (Future<List<String>> answer : answers) {
                assertEquals(expected, answer.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * The years between two revisions share one map of targets: each year still finds its target as the model's
     * own version in force has it (Kanazawa's plan with its sample revisions: T3-1 raised in R4 and R5, T4-1
     * retired in R5).
     */
    @Test
    void eachYear_findsTheTargetOfTheVersionInForce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        StrategyPlan plan = revisedKanazawa(folder);
        PlanCatalog catalog = new PlanCatalogs().of(plan);
        int compared = 0;
        for (int year = plan.period().from().gregorianYear() - 1; year <= plan.period().to().gregorianYear(); year++) {
            FiscalYear fiscal = FiscalYear.of(year);
            StrategyPlan inForce = plan.inForce(fiscal);
            for (var target : plan.history().targetsEver().toList()) {
                TargetCode code = target.code();
                assertEquals(inForce.target(code).or(() -> catalog.target(code)), catalog.targetIn(code, fiscal),
                        code + " in " + fiscal);
                compared++;
            }
        }
        TargetCode raised = (TargetCode) PlanCode.parse("T3-1").orElseThrow();
        org.junit.jupiter.api.Assertions.assertNotEquals(catalog.targetIn(raised, FiscalYear.of(2020)),
                catalog.targetIn(raised, FiscalYear.of(2024)), "T3-1 is raised by the revisions");
        assertTrue(compared > 0);
    }

    /** Kanazawa's plan with its sample revisions (T3-1 raised in R4 and R5, T4-1 retired, K3-2-1 added). */
    private static StrategyPlan revisedKanazawa(java.nio.file.Path folder) throws Exception {
        java.nio.file.Path file = folder.resolve("kanazawa-2nd.yaml");
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(ProjectFiles.config("plans/kanazawa-2nd.yaml"))
                + "\n" + java.nio.file.Files.readString(ProjectFiles.config("samples/kanazawa-2nd-revisions.yaml")));
        return PlanFileLoader.load(file);
    }

    private static String describe(PlanCatalog catalog, String typed) {
        PlanCode code = catalog.parse(typed).orElseThrow();
        StringBuilder seen = new StringBuilder(code.text());
        for (int year = 2019; year <= 2024; year++) {
            FiscalYear fiscal = FiscalYear.of(year);
            seen.append('|').append(catalog.keyIndex(code, fiscal));
            catalog.targetIn((TargetCode) code, fiscal).ifPresent(target -> seen.append(':').append(target));
        }
        return seen.toString();
    }
}
