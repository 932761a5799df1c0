package io.github.senryaku.settings;

import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.planfile.PlanLibrary;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The plans senryaku works on: every plan of {@code <config>/plans/} (and any plan file the settings name
 * elsewhere), checked together, and of them the plans in force, in the order the settings name them. A
 * command works on one plan: the one named by {@code --plan}, else the plan in force whose period holds the
 * year asked for.
 */
public final class PlansInForce {

    private final PlanLibrary library;
    private final List<StrategyPlan> inForce;
    private final StrategyPlan legacy;

    private PlansInForce(PlanLibrary library, List<StrategyPlan> inForce, StrategyPlan legacy) {
        this.library = library;
        this.inForce = List.copyOf(inForce);
        this.legacy = legacy;
    }

    /**
     * @throws InvalidFileException with every problem of every plan file, and a located error for a plan the
     *                              settings name that no file holds
     */
    public static PlansInForce load(Settings settings) throws InvalidFileException {
        List<Path> files = new ArrayList<>();
        // Plans named by code are the folder's. A plan file named on its own (SENRYAKU_PLAN=/elsewhere/plan.yaml,
        // a test's, an old settings file's) is the only plan, unless it lies in the folder among its kin.
        Path folder = settings.plansFolder();
        boolean useFolder = Files.isDirectory(folder) && settings.plans().stream().anyMatch(entry
                -> !Settings.isPlanFile(entry) || sameFile(Path.of(entry).toAbsolutePath().getParent(), folder));
        if (useFolder) {
            files.addAll(PlanLibrary.planFiles(folder));
        }
        for (String entry : settings.plans()) {
            if (Settings.isPlanFile(entry) && files.stream().noneMatch(file -> sameFile(file, Path.of(entry)))) {
                files.add(Path.of(entry));
            }
        }
        if (files.isEmpty()) {
            throw new InvalidFileException(List.of(Problem.error(new Location.Line(settings.plansFolder().toString(), 0, ""),
                    "", "計画ファイル（*.yaml）が1つもありません", "計画ファイルを " + settings.plansFolder() + " に置きます")));
        }
        PlanLibrary library = PlanLibrary.load(files, Path::toString);
        List<StrategyPlan> inForce = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String entry : settings.plans()) {
            Optional<StrategyPlan> plan = Settings.isPlanFile(entry)
                    ? library.plans().stream().filter(p -> library.file(p.code())
                            .filter(file -> sameFile(file, Path.of(entry))).isPresent()).findFirst()
                    : library.plan(entry);
            if (plan.isEmpty()) {
                problems.add(Problem.error(new Location.Line(settings.configDir().resolve(Settings.FILE_NAME).toString(), 0,
                        "plans"), entry, "計画「" + entry + "」は " + settings.plansFolder() + " にありません",
                        "ある計画: " + codes(library.plans())));
            } else if (!inForce.contains(plan.get())) {
                inForce.add(plan.get());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        return new PlansInForce(library, inForce, inForce.get(0));
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static String codes(List<StrategyPlan> plans) {
        return plans.stream().map(StrategyPlan::code).collect(Collectors.joining(", "));
    }

    /** Every plan the plans folder holds, in force or not (a predecessor, a plan evaluated after its end). */
    public PlanLibrary library() {
        return library;
    }

    /** The same plans with one plan alone in force: an import told which plan its workbooks report on. */
    public PlansInForce only(StrategyPlan plan) {
        return new PlansInForce(library, List.of(plan), legacy);
    }

    /** The plans in force, in the settings' order. */
    public List<StrategyPlan> plans() {
        return inForce;
    }

    /** The first plan in force: a command's plan when no year chooses one. */
    public StrategyPlan first() {
        return inForce.get(0);
    }

    /**
     * The plan the settings name first, whatever a command narrowed the plans in force to: a store from
     * before several plans (schema V6) belongs to it.
     */
    public StrategyPlan legacy() {
        return legacy;
    }

    /** A plan of the plans folder by its code, in force or not. */
    public Optional<StrategyPlan> plan(String code) {
        return library.plan(code);
    }

    /**
     * The plan a command works on: the one named by {@code --plan}, or else the plan in force whose period
     * holds the year (the first plan in force when no year is asked for, or none holds it — the command then
     * says the year is outside its period).
     *
     * @throws PlanChoiceException naming the plans to choose from, when the code is unknown or two plans hold the year
     */
    public StrategyPlan choose(Optional<String> code, Optional<FiscalYear> year) throws PlanChoiceException {
        if (code.isPresent()) {
            return library.plan(code.get()).orElseThrow(() -> new PlanChoiceException("計画「" + code.get()
                    + "」はありません。ある計画: " + codes(library.plans())));
        }
        if (year.isEmpty()) {
            return first();
        }
        List<StrategyPlan> holding = inForce.stream().filter(plan -> plan.period().contains(year.get())).toList();
        if (holding.size() > 1) {
            throw new PlanChoiceException(year.get().label() + "を期間に含む計画が" + holding.size() + "つあります（"
                    + codes(holding) + "）。--plan で選んでください（例: --plan " + holding.get(0).code() + "）");
        }
        return holding.isEmpty() ? first() : holding.get(0);
    }

    /** A plan the user must choose, or a plan code that does not exist. */
    public static final class PlanChoiceException extends Exception {
        public PlanChoiceException(String message) {
            super(message);
        }
    }
}
