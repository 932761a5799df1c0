package io.github.senryaku.batch.store;

import io.github.senryaku.model.council.CouncilOpinion;
import io.github.senryaku.model.council.CouncilReview;
import io.github.senryaku.model.council.ReviewSubject;
import io.github.senryaku.model.time.FiscalYear;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review council's opinions and the planning office's responses ({@code council_opinion}, V9): how a
 * council import's staged rows become current, and what the reports read. The rows themselves are written
 * while the file is staged, like every import's (batch.importing's StagedTable).
 *
 * <p>The later file is current, as with actuals: a landed file replaces, for each plan, year and subject it
 * names, every opinion an earlier file gave that subject; subjects it does not name keep theirs. A subject
 * may hold several opinions (several members spoke to one goal); they are read in the order the office wrote them.
 */
public final class CouncilOpinions {

    /** Only landed imports' rows exist for readers: an import in progress or sent back is invisible. */
    private static final String CURRENT = "SELECT o.subject_code, o.opinion, o.response, o.given_by"
            + " FROM council_opinion o JOIN import_file f ON f.id = o.import_file_id AND f.status = 'LANDED'"
            + " WHERE o.plan_code = ? AND o.fiscal_year = ? AND o.superseded_at IS NULL"
            + " ORDER BY f.finished_at, o.import_file_id, o.ordinal";

    private CouncilOpinions() {
    }

    /** The council's current opinions on a year of a plan, with the responses; an empty review when there are none. */
    public static CouncilReview current(Connection connection, String plan, FiscalYear year) throws SQLException {
        List<CouncilOpinion> opinions = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(CURRENT)) {
            select.setString(1, plan);
            select.setInt(2, year.gregorianYear());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    ReviewSubject subject = ReviewSubject.parse(code).orElseThrow(() -> new IllegalStateException(
                            "council_opinion holds a subject that is none: " + code));
                    opinions.add(new CouncilOpinion(subject, rs.getString(2), rs.getString(3),
                            Optional.ofNullable(rs.getString(4))));
                }
            }
        }
        return new CouncilReview(plan, year, opinions);
    }

    /** How many opinions an import staged. */
    public static int count(Connection connection, long importId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM council_opinion WHERE import_file_id = ?")) {
            count.setLong(1, importId);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Makes an import's opinions current, in the caller's transaction: the current opinions of earlier landed
     * files on the same plan, year and subject become history. Returns how many opinions the import brought.
     */
    public static int land(Connection connection, long importId, Instant now) throws SQLException {
        try (PreparedStatement supersede = connection.prepareStatement("UPDATE council_opinion SET superseded_at = ?,"
                + " superseded_by_file = ? WHERE superseded_at IS NULL AND import_file_id <> ?"
                + " AND import_file_id IN (SELECT id FROM import_file WHERE status = 'LANDED')"
                + " AND EXISTS (SELECT 1 FROM council_opinion n WHERE n.import_file_id = ?"
                + " AND n.plan_code = council_opinion.plan_code AND n.fiscal_year = council_opinion.fiscal_year"
                + " AND n.subject_code = council_opinion.subject_code)")) {
            supersede.setTimestamp(1, Timestamp.from(now));
            supersede.setLong(2, importId);
            supersede.setLong(3, importId);
            supersede.setLong(4, importId);
            supersede.executeUpdate();
        }
        int opinions = count(connection, importId);
        ImportLedger.countOpinions(connection, importId, opinions);
        return opinions;
    }
}
