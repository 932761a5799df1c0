package io.github.senryaku.model.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A grading rulebook (評価基準): cities grade differently, so the rules are data read from a file.
 * Bands are tried in order and the last one must take everything ({@link Threshold.Otherwise}), so every
 * measured rate gets a grade.
 *
 * @param grades  every grade the rulebook can give, in the order reports list them
 * @param unrated the grade for what cannot be graded (no actual yet, figure not published, baseline pending)
 */
public record GradingRulebook(
        String code,
        String name,
        String description,
        Basis basis,
        List<Grade> grades,
        List<Band> bands,
        Grade unrated,
        MilestoneGrades milestone) {

    public GradingRulebook {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        Objects.requireNonNull(basis, "basis");
        grades = List.copyOf(grades);
        bands = List.copyOf(bands);
        Objects.requireNonNull(unrated, "unrated");
        Objects.requireNonNull(milestone, "milestone");
        if (bands.isEmpty() || !(bands.get(bands.size() - 1).threshold() instanceof Threshold.Otherwise)) {
            throw new IllegalArgumentException(code + ": the last band must take every remaining rate");
        }
        Set<Grade> used = new LinkedHashSet<>();
        bands.forEach(band -> used.add(band.grade()));
        used.addAll(List.of(unrated, milestone.reached(), milestone.intermediate(), milestone.baseline()));
        if (!grades.containsAll(used)) {
            throw new IllegalArgumentException(code + ": grades " + grades + " must list every grade used: " + used);
        }
    }

    /** The band a measured figure falls in; the measured figure is the rate or the progress ratio (see {@link #basis}). */
    public Band bandFor(BigDecimal measured, ExpectedProgress expected) {
        return bands.stream()
                .filter(band -> band.threshold().admits(measured, expected))
                .findFirst()
                .orElseThrow();
    }

    public Optional<Grade> grade(String code) {
        return grades().stream().filter(grade -> grade.code().equals(code)).findFirst();
    }
}
