package io.github.senryaku.cli;

import io.github.senryaku.batch.store.Store;
import io.github.senryaku.batch.store.StoredActuals;
import io.github.senryaku.model.evaluation.GradingRulebook;
import io.github.senryaku.model.evaluation.PlanActuals;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.planfile.InvalidFileException;
import io.github.senryaku.model.planfile.RulebookFileLoader;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.settings.PlansInForce;
import io.github.senryaku.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import picocli.CommandLine.Option;

/** The options every command that reads the configuration shares. */
final class ConfigOptions {

    @Option(names = "--config", paramLabel = "DIR",
            description = "Config folder holding senryaku.yaml (default: $SENRYAKU_CONFIG, else ./config).")
    Path configDir;

    @Option(names = "--home", paramLabel = "DIR",
            description = "Data folder: database, inbox/, archive/, rejected/, reports/ (default: $SENRYAKU_HOME, else ./data).")
    Path home;

    @Option(names = "--plan", paramLabel = "CODE",
            description = "The plan to work on, by its code in config/plans (e.g. kanazawa-2nd), or a plan file (*.yaml)."
                    + " Default: the plan in force whose period holds the year.")
    String plan;

    @Option(names = "--rulebook", paramLabel = "FILE", description = "Grading rulebook (評価基準); overrides the settings.")
    Path rulebook;

    Settings settings(Map<String, String> environment) throws InvalidFileException {
        Settings settings = Settings.load(Optional.ofNullable(configDir), Optional.ofNullable(home), environment);
        if (plan != null && Settings.isPlanFile(plan)) {
            settings = settings.withPlan(Path.of(plan).toString());
        }
        if (rulebook != null) {
            settings = settings.withRulebook(rulebook);
        }
        return settings;
    }

    PlansInForce plans(Settings settings) throws InvalidFileException {
        return PlansInForce.load(settings);
    }

    /** The plan the command works on: {@code --plan}, or the plan in force whose period holds the year. */
    StrategyPlan choosePlan(PlansInForce plans, Optional<FiscalYear> year) throws PlansInForce.PlanChoiceException {
        Optional<String> code = Optional.ofNullable(plan).filter(p -> !Settings.isPlanFile(p));
        if (code.isEmpty() && plan != null) {
            return plans.first(); // a plan file given on the command line is the only plan in force
        }
        return plans.choose(code, year);
    }

    GradingRulebook loadRulebook(Settings settings) throws InvalidFileException {
        return RulebookFileLoader.load(settings.rulebook());
    }

    /**
     * The plans in force, and the store (none before the first import), opened beside them on a thread of its own
     * when its schema is current: each was about a third of a read-only command. A store to be migrated waits
     * for the plans (rows from before several plans belong to the first one) and is opened, and migrated, by the
     * command's own thread when it first asks for it, as before. Closing it waits for an embedded store's opening
     * to end: a command that exits before it asks for the store (a refused year) must not leave H2 half open, which
     * left its lock file behind and made the next command wait four seconds for H2 to judge the lock stale. A
     * database server is not waited for (a connection cut short leaves nothing, and one to an unreachable host
     * may take the driver's whole timeout).
     */
    static final class PlansAndStore implements AutoCloseable {

        private final Settings settings;
        private final PlansInForce plans;
        private final CompletableFuture<Optional<Store>> current;

        private PlansAndStore(Settings settings, PlansInForce plans, CompletableFuture<Optional<Store>> current) {
            this.settings = settings;
            this.plans = plans;
            this.current = current;
        }

        PlansInForce plans() {
            return plans;
        }

        /**
         * The store; one that cannot be reached fails here, where the command first needs it, with its one-line
         * reason (so a year the plan refuses is still said first, as before).
         */
        Optional<Store> store() {
            Optional<Store> openedAhead;
            try {
                openedAhead = current.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
            return openedAhead.isPresent() ? openedAhead : existingStore(settings, plans);
        }

        /** The plan's actuals stored now, for evaluation; none before the first import. */
        PlanActuals storedActuals(StrategyPlan plan) throws java.sql.SQLException {
            Optional<Store> store = store();
            return store.isEmpty() ? PlanActuals.NONE
                    : store.get().inTransaction(connection -> StoredActuals.planActuals(connection, plan));
        }

        /** Waits for the opening to end; its failure, if the command never asked for the store, is not its to say. */
        @Override
        public void close() {
            awaitOpening(settings, current);
        }
    }

    private static void awaitOpening(Settings settings, CompletableFuture<Optional<Store>> opening) {
        if (settings.database().isEmbedded()) {
            opening.exceptionally(failed -> Optional.empty()).join();
        }
    }

    /** The plans, read here (their problems are thrown here), while the store opens ({@link PlansAndStore}). */
    PlansAndStore plansAndStore(Settings settings) throws InvalidFileException {
        CompletableFuture<Optional<Store>> current = CompletableFuture.supplyAsync(
                () -> hasStore(settings) ? Store.openIfCurrent(settings.database()) : Optional.<Store>empty(),
                ConfigOptions::onItsOwnThread);
        try {
            return new PlansAndStore(settings, PlansInForce.load(settings), current);
        } catch (InvalidFileException | RuntimeException failed) {
            awaitOpening(settings, current);
            throw failed;
        }
    }

    private static void onItsOwnThread(Runnable work) {
        Thread thread = new Thread(work, "store-open");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The store, if this data folder has one, opened to read: without the batch runtime, and without
     * migrating when its schema is current. A read-only command does not create a database: before the
     * first import there is none, and so no actuals.
     */
    private static Optional<Store> existingStore(Settings settings, PlansInForce plans) {
        return hasStore(settings) ? Optional.of(Store.open(settings.database(), plans.legacy().code()))
                : Optional.empty();
    }

    /** A database server always has one; an embedded store has one once its file is made. */
    private static boolean hasStore(Settings settings) {
        return !settings.database().isEmbedded()
                || java.nio.file.Files.exists(settings.home().resolve("db").resolve("senryaku.mv.db"));
    }

    /** What {@code query} reads from the store, in one transaction; nothing when there is no store yet. */
    static <T> List<T> read(Optional<Store> store, Store.Work<List<T>> query) throws java.sql.SQLException {
        return store.isEmpty() ? List.of() : store.get().inTransaction(query);
    }
}
