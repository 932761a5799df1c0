package io.github.senryaku.batch.councilimport;

import io.github.senryaku.batch.importing.ImportSource;
import io.github.senryaku.batch.importing.PlanCatalog;
import io.github.senryaku.batch.importing.ReportSheet;
import io.github.senryaku.batch.store.CouncilOpinions;
import io.github.senryaku.model.problem.Problem;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The planning office's workbook of the review council's opinions and its responses (推進会議意見). A subject
 * may hold several opinions, so no key is repeated; a landed file replaces the current opinions of the subjects
 * and years it names.
 */
@Named(CouncilSource.NAME)
@Dependent
public class CouncilSource implements ImportSource {

    /** The {@code source} property of council-import.xml. */
    public static final String NAME = "council";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ReportSheet> sheets() {
        return List.of(ReportSheet.COUNCIL);
    }

    @Override
    public RowChecker rowChecker(PlanCatalog catalog, String fileName) {
        CouncilRowValidator opinions = new CouncilRowValidator(catalog.plan());
        return row -> opinions.validate(row, fileName);
    }

    /** Several opinions on one subject are the council's way of speaking, not a repeat. */
    @Override
    public boolean repeats(Connection connection, long importId) {
        return false;
    }

    @Override
    public List<Problem> repeatedRows(Connection connection, long importId, String fileName) {
        return List.of();
    }

    @Override
    public List<Problem> beforeLanding(Connection connection, long importId, String fileName) throws SQLException {
        return CouncilLanding.nothingToLand(connection, importId, fileName);
    }

    @Override
    public Landed land(Connection connection, long importId, Instant now, boolean repeats) throws SQLException {
        CouncilOpinions.land(connection, importId, now);
        // The ledger's actuals and measure reports; the opinions are counted apart (ImportLedger.countOpinions).
        return new Landed(0, 0);
    }
}
