package io.github.senryaku.batch.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

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

    /** Partitions look codes up at once; every thread sees the same targets as one thread alone would. */
    @Test
    void lookUpsFromManyThreads_agreeWithOneThread() throws Exception {
        StrategyPlan plan = load();
        PlanCatalog shared = new PlanCatalogs().of(plan);
        List<String> typed = plan.targets().map(target -> target.code().text()).toList();
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

    private static String describe(PlanCatalog catalog, String typed) {
        PlanCode code = catalog.parse(typed).orElseThrow();
        StringBuilder seen = new StringBuilder(code.text());
        for (int year = 2019; year <= 2024; year++) {
            FiscalYear fiscal = FiscalYear.of(year);
            seen.append('|').append(catalog.keyIndex(code, fiscal));
            catalog.targetIn((TargetCode) code, fiscal).ifPresent(target -> seen.append(':').append(target.name()));
        }
        return seen.toString();
    }
}
