package io.github.senryaku.model.planfile;

import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.plan.TargetCode;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.time.FiscalYear;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every plan of a plans folder ({@code config/plans/}): each {@code *.yaml} file in it is one plan, as
 * written (revisions not applied). The plans are checked together: plan codes unique, every {@code succeeds}
 * naming a plan of the folder without a cycle, every {@code continues} a code the predecessor has had, every
 * {@code baseline.from} a plan of the folder and a target it has had, in a year that target was reported.
 * Problems are located in the file to fix; the checks across plans run once every file reads on its own.
 */
public final class PlanLibrary {

    /** A target of one plan: a step of a continued target's lineage. */
    public record PlanTarget(StrategyPlan plan, NumericalTarget target) {
        public PlanTarget {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(target, "target");
        }
    }

    private final Map<String, LoadedPlan> byCode;
    private final Map<String, Path> files;

    private PlanLibrary(Map<String, LoadedPlan> byCode, Map<String, Path> files) {
        this.byCode = byCode;
        this.files = files;
    }

    public static PlanLibrary load(Path folder) throws InvalidFileException {
        return load(folder, folder.toString());
    }

    /**
     * @param label how messages name the folder; each file is named by it and the file name
     * @throws InvalidFileException with every problem of every file, and of the plans together
     */
    public static PlanLibrary load(Path folder, String label) throws InvalidFileException {
        return load(planFiles(folder, label), path -> label.isEmpty() ? path.getFileName().toString()
                : Path.of(label).resolve(path.getFileName()).toString());
    }

    /**
     * The plans of the given files, checked together as a folder's are.
     *
     * @param label how messages name each file
     */
    public static PlanLibrary load(List<Path> paths, java.util.function.Function<Path, String> label)
            throws InvalidFileException {
        List<Problem> problems = new ArrayList<>();
        List<LoadedPlan> loaded = new ArrayList<>();
        Map<LoadedPlan, Path> pathOf = new LinkedHashMap<>();
        for (Path path : paths) {
            Problems fileProblems = new Problems(label.apply(path));
            PlanFileLoader.read(path, fileProblems).ifPresent(plan -> {
                loaded.add(plan);
                pathOf.put(plan, path);
            });
            problems.addAll(fileProblems.all());
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        Map<String, LoadedPlan> byCode = new LinkedHashMap<>();
        problems.addAll(SuccessionChecks.check(loaded, byCode));
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        Map<String, Path> files = new LinkedHashMap<>();
        byCode.values().forEach(plan -> files.put(plan.code(), pathOf.get(plan)));
        return new PlanLibrary(byCode, files);
    }

    /** The {@code *.yaml} files of a plans folder, by name. */
    public static List<Path> planFiles(Path folder) throws InvalidFileException {
        return planFiles(folder, folder.toString());
    }

    /** The {@code *.yaml} files of the folder, by name; hidden files and folders are not plans. */
    private static List<Path> planFiles(Path folder, String label) throws InvalidFileException {
        if (!Files.isDirectory(folder)) {
            throw folderProblem(label, "計画のフォルダがありません", "config/plans のように、計画ファイルを置くフォルダを指定します");
        }
        List<Path> paths;
        try (Stream<Path> listed = Files.list(folder)) {
            paths = listed.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException unreadable) {
            throw folderProblem(label, "計画のフォルダを読めません: " + unreadable.getMessage(), "");
        }
        if (paths.isEmpty()) {
            throw folderProblem(label, "計画ファイル（*.yaml）が1つもありません", "");
        }
        return paths;
    }

    private static InvalidFileException folderProblem(String label, String message, String hint) {
        return new InvalidFileException(List.of(Problem.error(new Location.Line(label, 0, ""), "", message, hint)));
    }

    /** Every plan, in the order of its file's name. */
    public List<StrategyPlan> plans() {
        return byCode.values().stream().map(LoadedPlan::plan).toList();
    }

    public Optional<StrategyPlan> plan(String code) {
        return Optional.ofNullable(byCode.get(code)).map(LoadedPlan::plan);
    }

    /** The file a plan was read from. */
    public Optional<Path> file(String code) {
        return Optional.ofNullable(files.get(code));
    }

    /** The plans whose period holds the year: the choice a command offers when the user names no plan. */
    public List<StrategyPlan> plansIn(FiscalYear year) {
        return plans().stream().filter(plan -> plan.period().contains(year)).toList();
    }

    /** The plan this one succeeds ({@code plan.succeeds}). */
    public Optional<StrategyPlan> predecessor(StrategyPlan plan) {
        return plan.succeeds().flatMap(this::plan);
    }

    /** The plans that name this one as the plan they succeed. */
    public List<StrategyPlan> successors(StrategyPlan plan) {
        return plans().stream().filter(other -> other.succeeds().filter(plan.code()::equals).isPresent()).toList();
    }

    /**
     * A target's lineage through the plans it continues, the earliest first and the target itself last: each
     * step is the earlier plan's target as it last stood (after its revisions).
     */
    public List<PlanTarget> lineage(StrategyPlan plan, TargetCode code) {
        List<PlanTarget> lineage = new ArrayList<>();
        StrategyPlan current = plan;
        Optional<NumericalTarget> target = current.history().lastVersionOf(code);
        while (target.isPresent()) {
            lineage.add(0, new PlanTarget(current, target.get()));
            Optional<TargetCode> continues = target.get().continues();
            Optional<StrategyPlan> predecessor = predecessor(current);
            if (continues.isEmpty() || predecessor.isEmpty()) {
                break;
            }
            current = predecessor.get();
            target = current.history().lastVersionOf(continues.get());
        }
        return lineage;
    }
}
