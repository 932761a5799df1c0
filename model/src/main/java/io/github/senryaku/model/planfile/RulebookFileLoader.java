package io.github.senryaku.model.planfile;

import io.github.senryaku.model.evaluation.Band;
import io.github.senryaku.model.evaluation.Basis;
import io.github.senryaku.model.evaluation.Grade;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.MilestoneGrades;
import io.github.senryaku.model.evaluation.Threshold;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a grading rulebook file ({@code config/rulebooks/*.yaml}): the grades, the bands tried in order
 * (each with exactly one of {@code atLeast}, {@code above}, {@code atLeastExpected}, {@code otherwise}),
 * the grade for what cannot be graded and how milestones are graded.
 */
public final class RulebookFileLoader {

    private static final Set<String> CONDITIONS = Set.of("atLeast", "above", "atLeastExpected", "otherwise");

    private RulebookFileLoader() {
    }

    public static GradingRulebook load(Path path, String label) throws InvalidFileException {
        Problems problems = new Problems(label);
        Optional<GradingRulebook> rulebook = YamlDocument.read(path, problems).flatMap(RulebookFileLoader::rulebook);
        problems.throwIfAny();
        return rulebook.orElseThrow();
    }

    public static GradingRulebook load(Path path) throws InvalidFileException {
        return load(path, path.toString());
    }

    private static Optional<GradingRulebook> rulebook(YamlMap root) {
        Problems problems = root.problems();
        root.allowOnly(Set.of("code", "name", "description", "basis", "grades", "bands", "unrated", "milestone"));
        Optional<String> code = root.text("code", true);
        Optional<String> name = root.text("name", true);
        Optional<String> description = root.text("description", false);
        Optional<Basis> basis = root.enumValue("basis", Basis.class, true);
        Map<String, Grade> grades = new LinkedHashMap<>();
        for (YamlMap grade : root.maps("grades", true)) {
            grade.allowOnly(Set.of("code", "label"));
            Optional<String> gradeCode = grade.text("code", true);
            Optional<String> label = grade.text("label", true);
            if (gradeCode.isPresent() && label.isPresent()
                    && grades.putIfAbsent(gradeCode.get(), new Grade(gradeCode.get(), label.get())) != null) {
                problems.error(grade.line("code"), grade.field("code"), gradeCode.get(), "評価の記号が重複しています", "");
            }
        }
        List<Band> bands = new ArrayList<>();
        for (YamlMap band : root.maps("bands", true)) {
            band(band, grades).ifPresent(bands::add);
        }
        if (!bands.isEmpty() && !(bands.get(bands.size() - 1).threshold() instanceof Threshold.Otherwise)) {
            problems.error(root.line("bands"), "bands", "", "最後の区分は otherwise: true にして、残りをすべて受け止めます", "");
        }
        Optional<Grade> unrated = root.text("unrated", true).flatMap(g -> known(root, "unrated", g, grades));
        Optional<MilestoneGrades> milestone = root.map("milestone", true).flatMap(m -> milestone(m, grades));
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GradingRulebook(code.orElseThrow(), name.orElseThrow(), description.orElse(""),
                basis.orElseThrow(), List.copyOf(grades.values()), bands, unrated.orElseThrow(), milestone.orElseThrow()));
    }

    private static Optional<Band> band(YamlMap map, Map<String, Grade> grades) {
        map.allowOnly(Set.of("grade", "description", "atLeast", "above", "atLeastExpected", "otherwise"));
        Optional<Grade> grade = map.text("grade", true).flatMap(g -> known(map, "grade", g, grades));
        Optional<String> description = map.text("description", true);
        List<String> conditions = CONDITIONS.stream().filter(map::has).sorted().toList();
        if (conditions.size() != 1) {
            map.problems().error(map.line(), map.path(), String.join(", ", conditions),
                    "条件は atLeast / above / atLeastExpected / otherwise のどれか1つを書きます", "");
            return Optional.empty();
        }
        Optional<Threshold> threshold = switch (conditions.get(0)) {
            case "atLeast" -> map.number("atLeast", true).map(Threshold.AtLeast::new);
            case "above" -> map.number("above", true).map(Threshold.Above::new);
            case "atLeastExpected" -> map.bool("atLeastExpected").filter(b -> b).map(b -> new Threshold.AtLeastExpected());
            default -> map.bool("otherwise").filter(b -> b).map(b -> new Threshold.Otherwise());
        };
        if (threshold.isEmpty()) {
            return Optional.empty();
        }
        return grade.flatMap(g -> description.map(d -> new Band(g, threshold.get(), d)));
    }

    private static Optional<MilestoneGrades> milestone(YamlMap map, Map<String, Grade> grades) {
        map.allowOnly(Set.of("reached", "intermediate", "baseline"));
        Optional<Grade> reached = map.text("reached", true).flatMap(g -> known(map, "reached", g, grades));
        Optional<Grade> intermediate = map.text("intermediate", true).flatMap(g -> known(map, "intermediate", g, grades));
        Optional<Grade> baseline = map.text("baseline", true).flatMap(g -> known(map, "baseline", g, grades));
        return reached.flatMap(r -> intermediate.flatMap(i -> baseline.map(b -> new MilestoneGrades(r, i, b))));
    }

    private static Optional<Grade> known(YamlMap map, String key, String code, Map<String, Grade> grades) {
        Grade grade = grades.get(code);
        if (grade == null) {
            map.problems().error(map.line(key), map.field(key), code, "grades にない評価です",
                    "使える評価: " + String.join(", ", grades.keySet()));
        }
        return Optional.ofNullable(grade);
    }
}
