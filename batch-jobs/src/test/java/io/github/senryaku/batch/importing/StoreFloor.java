package io.github.senryaku.batch.importing;

import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.bench.BenchRows;
import io.github.senryaku.batch.store.Store;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's floor for the store: writes {@code rows} already-validated actuals into a fresh store
 * exactly as the stage step's writer does (chunks of 1,000, one transaction each, through
 * {@link ImportRows}) — no workbook, no validation, no batch runtime. What the whole import can never beat
 * while it stores one row per actual. The store is the data folder's H2 file, or the PostgreSQL that
 * {@code SENRYAKU_JDBC_URL} names ({@link BenchRows#database}).
 *
 * <p>Run as a program: {@code StoreFloor DATA_FOLDER ROWS YEARS}.
 */
public final class StoreFloor {

    private static final String PLAN = "kanazawa-2nd";

    private StoreFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int years = Integer.parseInt(args[2]);
        Store store = Store.open(BenchRows.database(home), PLAN);
        long start = System.nanoTime();
        long importId = store.inTransaction(c -> ImportLedger.begin(c, "0".repeat(64), "floor.xlsx", "合成課", 0, 0,
                Instant.now()));
        ImportRows importRows = new ImportRows(importId, PLAN);
        List<ValidatedRow> chunk = new ArrayList<>(BenchRows.CHUNK);
        for (int ordinal = 1; ordinal <= rows; ordinal++) {
            int target = (ordinal - 1) / years;
            TargetCode code = new TargetCode(target % 10 + 1, target / 10 + 1);
            FiscalYear year = FiscalYear.of(BenchRows.year(ordinal, years));
            Reported figure = new Reported.Figure(new Quantity(BenchRows.figure(ordinal), false));
            chunk.add(new ValidatedRow(ordinal, java.util.Optional.of(
                    new Staged.Actual(ordinal, code, year, figure, null, BenchRows.SHEET, BenchRows.cell(ordinal))),
                    List.of(), false));
            if (chunk.size() == BenchRows.CHUNK || ordinal == rows) {
                store.inTransaction(c -> {
                    importRows.write(c, chunk);
                    return null;
                });
                chunk.clear();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        store.shutdownEmbedded();
        System.out.printf("rows=%d seconds=%.2f%n", rows, seconds);
    }
}
