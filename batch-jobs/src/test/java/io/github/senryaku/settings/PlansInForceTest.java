package io.github.senryaku.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.model.time.FiscalYear;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which plans are in force, and which one a command works on. */
class PlansInForceTest {

    @TempDir
    Path config;

    @BeforeEach
    void planFolderWithTheRepositorysPlans() throws Exception {
        Path plans = Files.createDirectories(config.resolve("plans"));
        Path repository = Path.of("..", "config", "plans");
        for (String file : List.of("kanazawa-2nd.yaml", "sample-successor.yaml", "sample-shapes.yaml")) {
            Files.copy(repository.resolve(file), plans.resolve(file));
        }
    }

    private PlansInForce load(String settingsFile) throws Exception {
        Files.writeString(config.resolve(Settings.FILE_NAME), settingsFile);
        return PlansInForce.load(Settings.load(Optional.of(config), Optional.of(config.resolve("data")), Map.of()));
    }

    @Test
    void plansList_inTheSettingsOrder_theYearChoosesThePlan() throws Exception {
        PlansInForce plans = load("plans:\n  - kanazawa-2nd\n  - sample-successor\n");

        assertEquals(List.of("kanazawa-2nd", "sample-successor"), plans.plans().stream().map(p -> p.code()).toList());
        assertEquals("kanazawa-2nd", plans.choose(Optional.empty(), Optional.of(FiscalYear.parse("R6"))).code());
        assertEquals("sample-successor", plans.choose(Optional.empty(), Optional.of(FiscalYear.parse("R7"))).code());
        assertEquals("kanazawa-2nd", plans.choose(Optional.empty(), Optional.empty()).code());
        assertEquals("sample-shapes", plans.choose(Optional.of("sample-shapes"), Optional.empty()).code(),
                "--plan names any plan of the folder, in force or not");
    }

    @Test
    void narrowedToOnePlan_aStoreFromBeforeSeveralPlansStillBelongsToTheFirstInTheSettings() throws Exception {
        PlansInForce plans = load("plans: [kanazawa-2nd, sample-successor]\n");

        PlansInForce successorOnly = plans.only(plans.plan("sample-successor").orElseThrow());

        assertEquals("sample-successor", successorOnly.first().code());
        assertEquals("kanazawa-2nd", successorOnly.legacy().code());
    }

    @Test
    void theOldPlanKey_aFile_isStillOnePlan() throws Exception {
        PlansInForce plans = load("plan: plans/kanazawa-2nd.yaml\n");

        assertEquals(List.of("kanazawa-2nd"), plans.plans().stream().map(p -> p.code()).toList());
    }

    @Test
    void twoPlansHoldingTheYear_theCommandSaysWhichToChoose() throws Exception {
        PlansInForce plans = load("plans: [kanazawa-2nd, sample-shapes]\n");

        PlansInForce.PlanChoiceException ambiguous = assertThrows(PlansInForce.PlanChoiceException.class,
                () -> plans.choose(Optional.empty(), Optional.of(FiscalYear.parse("R4"))));

        assertEquals("令和4年度（2022年度）を期間に含む計画が2つあります（kanazawa-2nd, sample-shapes）。--plan で選んでください"
                + "（例: --plan kanazawa-2nd）", ambiguous.getMessage());
    }

    @Test
    void anUnknownPlanCode_onTheCommandLine_namesThePlansThereAre() throws Exception {
        PlansInForce plans = load("plans: [kanazawa-2nd]\n");

        PlansInForce.PlanChoiceException unknown = assertThrows(PlansInForce.PlanChoiceException.class,
                () -> plans.choose(Optional.of("kanazawa-9th"), Optional.empty()));

        assertTrue(unknown.getMessage().startsWith("計画「kanazawa-9th」はありません。ある計画: kanazawa-2nd"), unknown.getMessage());
    }

    @Test
    void anUnknownPlanCode_inTheSettings_isALocatedError() throws Exception {
        InvalidFileException invalid = assertThrows(InvalidFileException.class, () -> load("plans: [kanazawa-9th]\n"));

        Problem problem = invalid.problems().get(0);
        assertTrue(problem.describe().contains("senryaku.yaml"), problem.describe());
        assertTrue(problem.describe().contains("計画「kanazawa-9th」は"), problem.describe());
    }

    @Test
    void twoPlanFilesWithOneCode_isALocatedError_nothingIsLoaded() throws Exception {
        Files.copy(config.resolve("plans/kanazawa-2nd.yaml"), config.resolve("plans/kanazawa-2nd-copy.yaml"));

        InvalidFileException invalid = assertThrows(InvalidFileException.class, () -> load("plans: [kanazawa-2nd]\n"));

        assertTrue(invalid.problems().stream().anyMatch(p -> p.describe().contains("kanazawa-2nd-copy.yaml")),
                invalid.getMessage());
    }

    @Test
    void planAndPlans_both_isALocatedError() {
        InvalidFileException invalid = assertThrows(InvalidFileException.class,
                () -> load("plan: kanazawa-2nd\nplans: [kanazawa-2nd]\n"));

        assertTrue(invalid.problems().get(0).describe().contains("plan と plans の両方は書けません"),
                invalid.problems().get(0).describe());
    }
}
