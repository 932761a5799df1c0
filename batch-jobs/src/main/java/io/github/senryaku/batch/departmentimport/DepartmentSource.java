package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.importing.ImportSource;
import io.github.senryaku.batch.importing.PlanCatalog;
import io.github.senryaku.batch.importing.ReportSheet;
import io.github.senryaku.batch.importing.Staged;
import io.github.senryaku.batch.importing.ValidatedRow;
import io.github.senryaku.model.problem.Problem;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * A department's report (担当課の報告): actuals of numerical targets and KPIs (数値目標実績) and how measures went
 * (施策実施状況), checked against the plan; of two rows for the same code and year the later one counts.
 */
@Named(DepartmentSource.NAME)
@Dependent
public class DepartmentSource implements ImportSource {

    /** The {@code source} property of department-import.xml. */
    public static final String NAME = "department";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ReportSheet> sheets() {
        return List.of(ReportSheet.ACTUALS, ReportSheet.MEASURES);
    }

    @Override
    public RowChecker rowChecker(PlanCatalog catalog, String fileName) {
        ActualRowValidator actuals = new ActualRowValidator(catalog);
        MeasureRowValidator measures = new MeasureRowValidator(catalog);
        // The codes and years seen so far in this step execution (after a restart: since the checkpoint).
        BitSet seen = new BitSet();
        return row -> {
            Optional<ValidatedRow> validated = row.header().kind() == ReportSheet.ACTUALS
                    ? actuals.validate(row, fileName) : measures.validate(row, fileName);
            if (validated.isEmpty() || validated.get().staged().isEmpty()) {
                return validated;
            }
            Staged staged = validated.get().staged().get();
            int key = staged instanceof Staged.Actual a ? catalog.keyIndex(a.code(), a.year())
                    : catalog.keyIndex(((Staged.Measure) staged).code(), ((Staged.Measure) staged).year());
            if (seen.get(key)) {
                return Optional.of(validated.get().repeating());
            }
            seen.set(key);
            return validated;
        };
    }

    @Override
    public boolean repeats(Connection connection, long importId) throws SQLException {
        return DuplicateRowCheck.hasDuplicates(connection, importId);
    }

    @Override
    public List<Problem> repeatedRows(Connection connection, long importId, String fileName) throws SQLException {
        return DuplicateRowCheck.find(connection, importId, fileName);
    }

    @Override
    public Landed land(Connection connection, long importId, Instant now, boolean repeats) throws SQLException {
        ImportLanding.Counts counts = ImportLanding.land(connection, importId, now, repeats);
        return new Landed(counts.actuals(), counts.measures());
    }
}
