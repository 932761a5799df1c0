package io.github.senryaku.cli;

import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "senryaku",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs a city's comprehensive strategy (総合戦略) by the numbers: imports, evaluation, reports.",
        subcommands = {PlanCommand.class, ImportCommand.class, ActualsCommand.class, HistoryCommand.class, StatusCommand.class,
                TemplateCommand.class, ReportCommand.class, ServeCommand.class, UserCommand.class,
                JobsCommand.class,
                DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:invalid input (every problem is listed)", "2:usage or system error"})
final class SenryakuCommand implements Runnable {

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    SenryakuCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    Map<String, String> environment() {
        return environment;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required (plan, import, actuals, history, status, template, report, serve, user, jobs, demo); see senryaku --help");
    }
}
