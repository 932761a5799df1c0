package io.github.senryaku.cli;

import io.github.senryaku.batch.councilimport.CouncilTemplate;
import io.github.senryaku.batch.financeimport.FinanceTemplate;
import io.github.senryaku.batch.departmentimport.ReportTemplate;
import io.github.senryaku.model.plan.StrategyPlan;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.settings.Settings;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code senryaku template --year R6 [--finance | --council] --out DIR}: the workbook departments (or the finance
 * office, or the planning office for the council's opinions) fill in.
 */
@Command(name = "template", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Writes the report workbook (報告様式) departments fill in for a year: codes, names, units, dropdowns, 記入方法;",
                "with --finance, the finance office's 事業別予算決算 workbook;",
                "with --council, the planning office's workbook of the review council's opinions and its responses (推進会議意見)."})
final class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    SenryakuCommand senryaku;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--year", required = true, paramLabel = "YEAR", description = "Fiscal year reported: R6, 令和6年度, 2024…")
    FiscalYear year;

    @Option(names = "--department", paramLabel = "NAME", description = "Department (担当課): fills its name in, and keeps only its measures when the plan names owners.")
    String department;

    @Option(names = "--finance", description = "The finance office's budget and expenditure workbook (事業別予算決算) instead.")
    boolean finance;

    @Option(names = "--council", description = "The review council's opinions and the planning office's responses (推進会議意見) instead.")
    boolean council;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "Folder to write to (default: the working folder).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Settings settings = config.settings(senryaku.environment());
        StrategyPlan plan = config.choosePlan(config.plans(settings), Optional.of(year));
        // Budget lines are taken for the plan's years only; a target is also reported in the years from its
        // baseline year (a pending baseline is confirmed by that year's figure) to its target year.
        if (finance && council) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--finance と --council は同時に指定できません");
        }
        // The council reviews a year of the plan's period, as budget lines are taken for those years only.
        if (PlanYears.refused(finance || council ? PlanYears.outsidePeriod(plan, year) : PlanYears.nothingToReport(plan, year),
                spec.commandLine().getErr())) {
            return ExitCodes.INVALID_INPUT;
        }
        if (finance) {
            Path file = FinanceTemplate.write(plan, year, out);
            spec.commandLine().getOut().println("予算決算の様式を作成しました: " + file);
            return ExitCodes.OK;
        }
        if (council) {
            Path file = CouncilTemplate.write(plan, year, out);
            spec.commandLine().getOut().println("推進会議意見の様式を作成しました: " + file);
            return ExitCodes.OK;
        }
        Path file = ReportTemplate.write(plan, year, Optional.ofNullable(department).filter(d -> !d.isBlank()), out);
        spec.commandLine().getOut().println("報告様式を作成しました: " + file);
        return ExitCodes.OK;
    }
}
