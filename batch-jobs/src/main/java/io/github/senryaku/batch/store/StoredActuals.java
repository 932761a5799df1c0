package io.github.senryaku.batch.store;

import io.github.senryaku.model.evaluation.ActualSeries;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.evaluation.Submissions;
import io.github.senryaku.model.plan.Baseline;
import io.github.senryaku.model.plan.MeasureCode;
import io.github.senryaku.model.plan.PlanCode;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.Quantity;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.time.FiscalYear;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Reads what the store holds now, and what it held before: actuals and measure reports with their sources. */
public final class StoredActuals {

    /** An actual as stored, with where it came from; {@code supersededAt} is empty for the current one. */
    public record ActualRecord(String code, FiscalYear year, Reported reported, String remark, String department,
            String file, String sheet, String cell, Instant recordedAt, Optional<Instant> supersededAt) {
    }

    /** A measure report as stored. */
    public record MeasureRecord(String code, FiscalYear year, String status, String content, String result, String issue,
            String direction, String department, String file, int rowNumber, Instant recordedAt,
            Optional<Instant> supersededAt) {
    }

    /** Only landed imports' rows exist for readers: an import in progress or sent back is invisible. */
    private static final String ACTUAL_COLUMNS = "a.target_code, a.fiscal_year, a.figure, a.figure_scale, a.state,"
            + " a.approximate, a.published, a.unpublished_label, a.remark, f.department, f.original_name, a.sheet, a.cell,"
            + " f.finished_at, a.superseded_at FROM actual a JOIN import_file f ON f.id = a.import_file_id"
            + " AND f.status = 'LANDED'";
    private static final String MEASURE_COLUMNS = "m.measure_code, m.fiscal_year, m.status, m.content, m.result, m.issue,"
            + " m.direction, f.department, f.original_name, m.row_number, f.finished_at, m.superseded_at"
            + " FROM measure_report m JOIN import_file f ON f.id = m.import_file_id AND f.status = 'LANDED'";

    private StoredActuals() {
    }

    /** The plan's current actuals, of one year or of all. */
    public static List<ActualRecord> currentActuals(Connection connection, String plan, Optional<FiscalYear> year)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ACTUAL_COLUMNS
                + " WHERE a.plan_code = ? AND a.superseded_at IS NULL"
                + (year.isPresent() ? " AND a.fiscal_year = " + year.get().gregorianYear() : "")
                + " ORDER BY a.target_code, a.fiscal_year")) {
            select.setString(1, plan);
            return actuals(select);
        }
    }

    /** The plan's current measure reports, of one year or of all. */
    public static List<MeasureRecord> currentMeasures(Connection connection, String plan, Optional<FiscalYear> year)
            throws SQLException {
        return measures(connection, "SELECT " + MEASURE_COLUMNS + " WHERE m.plan_code = ? AND m.superseded_at IS NULL"
                + (year.isPresent() ? " AND m.fiscal_year = " + year.get().gregorianYear() : "")
                + " ORDER BY m.measure_code, m.fiscal_year", plan);
    }

    /** Every value a code of the plan ever had, oldest first per year. */
    public static List<ActualRecord> actualHistory(Connection connection, String plan, PlanCode code) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + ACTUAL_COLUMNS
                + " WHERE a.plan_code = ? AND a.target_code = ? ORDER BY a.fiscal_year, f.finished_at, a.import_file_id,"
                + " a.ordinal")) {
            select.setString(1, plan);
            select.setString(2, code.text());
            return actuals(select);
        }
    }

    public static List<MeasureRecord> measureHistory(Connection connection, String plan, PlanCode code) throws SQLException {
        return measures(connection, "SELECT " + MEASURE_COLUMNS + " WHERE m.plan_code = ? AND m.measure_code = ?"
                + " ORDER BY m.fiscal_year, f.finished_at, m.import_file_id, m.ordinal", plan, code.text());
    }

    /** Which targets and measures of the plan have a current report for the year, and which are missing (未提出). */
    public static Submissions submissions(Connection connection, StrategyPlan plan, FiscalYear year) throws SQLException {
        Set<TargetCode> targets = currentActuals(connection, plan.code(), Optional.of(year)).stream()
                .flatMap(r -> PlanCode.parse(r.code()).filter(TargetCode.class::isInstance).map(TargetCode.class::cast).stream())
                .collect(Collectors.toSet());
        Set<MeasureCode> measures = currentMeasures(connection, plan.code(), Optional.of(year)).stream()
                .flatMap(r -> PlanCode.parse(r.code()).filter(MeasureCode.class::isInstance)
                        .map(MeasureCode.class::cast).stream())
                .collect(Collectors.toSet());
        return Submissions.of(plan, year, targets, measures);
    }

    /**
     * The plan's current actuals of every target, for evaluation, with the figures its inherited baselines take
     * from the plans it succeeds (when those have come in: until then the baseline is not known, never guessed).
     */
    public static PlanActuals planActuals(Connection connection, StrategyPlan plan) throws SQLException {
        Map<TargetCode, ActualSeries> series = new HashMap<>();
        byTarget(currentActuals(connection, plan.code(), Optional.empty()))
                .forEach((code, values) -> series.put(code, ActualSeries.of(values)));
        Map<TargetCode, Reported> inherited = new HashMap<>();
        for (var entry : plan.history().inheritedBaselines().entrySet()) {
            Baseline.Inherited from = entry.getValue();
            Map<FiscalYear, Reported> old = byTarget(currentActuals(connection, from.plan(), Optional.of(from.year())))
                    .getOrDefault(from.code(), Map.of());
            Optional.ofNullable(old.get(from.year())).ifPresent(figure -> inherited.put(entry.getKey(), figure));
        }
        // A continued target's chart spans both plans: the earlier plan's figures of the target it carries on.
        Map<TargetCode, ActualSeries> earlier = new HashMap<>();
        if (plan.succeeds().isPresent()) {
            Map<TargetCode, Map<FiscalYear, Reported>> predecessor = byTarget(
                    currentActuals(connection, plan.succeeds().get(), Optional.empty()));
            plan.history().targetsEver().filter(target -> target.continues().isPresent()).forEach(target ->
                    Optional.ofNullable(predecessor.get(target.continues().get()))
                            .ifPresent(values -> earlier.put(target.code(), ActualSeries.of(values))));
        }
        return new PlanActuals(series).withInheritedBaselines(inherited).withEarlierPlan(earlier);
    }

    /** The years for which the plan has any current actual or measure report: a year without is 未提出 whole. */
    public static Set<FiscalYear> reportedYears(Connection connection, String plan) throws SQLException {
        Set<FiscalYear> years = new java.util.TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT a.fiscal_year FROM actual a"
                + " JOIN import_file f ON f.id = a.import_file_id AND f.status = 'LANDED'"
                + " WHERE a.plan_code = ? AND a.superseded_at IS NULL"
                + " UNION SELECT DISTINCT m.fiscal_year FROM measure_report m"
                + " JOIN import_file f ON f.id = m.import_file_id AND f.status = 'LANDED'"
                + " WHERE m.plan_code = ? AND m.superseded_at IS NULL")) {
            select.setString(1, plan);
            select.setString(2, plan);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    years.add(FiscalYear.of(rs.getInt(1)));
                }
            }
        }
        return years;
    }

    private static Map<TargetCode, Map<FiscalYear, Reported>> byTarget(List<ActualRecord> records) {
        Map<TargetCode, Map<FiscalYear, Reported>> byTarget = new HashMap<>();
        for (ActualRecord record : records) {
            PlanCode.parse(record.code()).filter(TargetCode.class::isInstance).ifPresent(code ->
                    byTarget.computeIfAbsent((TargetCode) code, c -> new TreeMap<>()).put(record.year(), record.reported()));
        }
        return byTarget;
    }

    private static List<ActualRecord> actuals(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            return actuals(select);
        }
    }

    private static List<ActualRecord> actuals(PreparedStatement select) throws SQLException {
        List<ActualRecord> records = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                records.add(new ActualRecord(rs.getString(1), FiscalYear.of(rs.getInt(2)), reported(rs), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getTimestamp(14).toInstant(), Optional.ofNullable(rs.getTimestamp(15)).map(t -> t.toInstant())));
            }
        }
        return records;
    }

    /** Columns 3–8: figure, figure_scale, state, approximate, published, unpublished_label. */
    private static Reported reported(ResultSet rs) throws SQLException {
        BigDecimal figure = rs.getBigDecimal(3);
        if (figure != null) {
            return new Reported.Figure(new Quantity(figure.setScale(Math.max(0, rs.getInt(4)), RoundingMode.HALF_UP),
                    rs.getBoolean(6)));
        }
        if (rs.getString(5) != null) {
            return new Reported.State(rs.getString(5));
        }
        return new Reported.Unpublished(rs.getString(8));
    }

    private static List<MeasureRecord> measures(Connection connection, String sql, String... parameters)
            throws SQLException {
        List<MeasureRecord> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    records.add(new MeasureRecord(rs.getString(1), FiscalYear.of(rs.getInt(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getInt(10), rs.getTimestamp(11).toInstant(),
                            Optional.ofNullable(rs.getTimestamp(12)).map(t -> t.toInstant())));
                }
            }
        }
        return records;
    }
}
