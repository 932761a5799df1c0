package io.github.senryaku.server;

import io.github.senryaku.batch.runtime.JobHistory;
import io.github.senryaku.batch.runtime.JobNames;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.StoredActuals;
import io.github.senryaku.model.evaluation.Submissions;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.YearFormatException;
import io.github.senryaku.server.view.Frame;
import io.github.senryaku.server.view.ImportsPage;
import io.github.senryaku.server.view.Link;
import io.github.senryaku.server.view.MissingPage;
import io.github.senryaku.server.view.ReportsPage;
import io.github.senryaku.server.view.Table;
import jakarta.batch.runtime.JobExecution;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The planning office's pages (企画調整課, and admin): the imports and job runs, 未提出一覧 for a year, and
 * the latest reports to download. {@link RoleFilter} lets no other role in ({@link Access#PLANNING}).
 */
@Path("/")
public final class PlanningPages {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final int IMPORTS_SHOWN = 100;
    private static final int EXECUTIONS_SHOWN = 20;

    private final SenryakuRuntime runtime;

    public PlanningPages(SenryakuRuntime runtime) {
        this.runtime = runtime;
    }

    @GET
    @Path("imports")
    @Produces(Pages.HTML)
    @Allowed(Access.PLANNING)
    public Response imports(@Context ContainerRequestContext request) throws Exception {
        List<List<String>> imports = new ArrayList<>();
        for (ImportLedger.Listed listed : runtime.store().inTransaction(c -> ImportLedger.newest(c, IMPORTS_SHOWN))) {
            imports.add(List.of(listed.originalName(), listed.department(),
                    UploadKind.ofSource(listed.source()).map(UploadKind::label).orElse(listed.source()),
                    status(listed.status()), String.valueOf(listed.actuals()), String.valueOf(listed.measures()),
                    String.valueOf(listed.budgetLines()), String.valueOf(listed.opinions()), String.valueOf(listed.errors()),
                    listed.finishedAt().map(PlanningPages::time).orElse("")));
        }
        List<List<String>> executions = new ArrayList<>();
        JobHistory history = runtime.history();
        List<String> cutShort = new ArrayList<>();
        for (String name : JobNames.ALL) {
            JobHistory.Listing newest = history.newest(name, EXECUTIONS_SHOWN);
            for (JobExecution execution : newest.executions()) {
                executions.add(List.of(name, String.valueOf(execution.getExecutionId()),
                        String.valueOf(execution.getBatchStatus()), java.util.Objects.toString(execution.getExitStatus(), ""),
                        time(execution.getStartTime()), time(execution.getEndTime())));
            }
            if (newest.truncated()) {
                cutShort.add(name);
            }
        }
        return Pages.page(200, "imports", new ImportsPage(Frame.of("取込とジョブの状況", RoleFilter.session(request)),
                "取込の一覧（新しい順、" + IMPORTS_SHOWN + "件まで）",
                new Table("取込の一覧", List.of("ファイル", "担当課", "種類", "状態", "実績", "取組", "予算決算", "意見", "エラー",
                        "終了"),
                        imports),
                "ジョブの実行（ジョブごとに新しい順、" + EXECUTIONS_SHOWN + "件まで）",
                new Table("ジョブの実行", List.of("ジョブ", "実行ID", "状態", "終了状態", "開始", "終了"), executions),
                cutShort.isEmpty() ? Optional.empty() : Optional.of(String.join("、", cutShort)
                        + " には、これより前の実行もあります（すべては senryaku jobs --limit で表示できます）。")));
    }

    @GET
    @Path("missing")
    @Produces(Pages.HTML)
    @Allowed(Access.PLANNING)
    public Response missing(@Context ContainerRequestContext request, @QueryParam("year") String yearText,
            @QueryParam("plan") String planCode) throws Exception {
        Frame frame = Frame.of("未提出一覧", RoleFilter.session(request));
        Optional<String> asked = Optional.ofNullable(planCode).filter(p -> !p.isBlank());
        FiscalYear year;
        try {
            year = yearText == null || yearText.isBlank() ? runtime.context().plan().period().to() : FiscalYear.parse(yearText);
        } catch (YearFormatException malformed) {
            return Pages.page(400, "missing", new MissingPage(frame, planChoices(asked.orElse("")), yearText,
                    Optional.empty(), Optional.of(malformed.getMessage()), Optional.empty(), Optional.empty()));
        }
        // The plan asked for, else the plan in force whose period holds the year (two: the page says to choose).
        io.github.senryaku.model.plan.StrategyPlan plan;
        try {
            plan = runtime.context().plans().choose(asked, Optional.of(year));
        } catch (io.github.senryaku.settings.PlansInForce.PlanChoiceException choose) {
            return Pages.page(400, "missing", new MissingPage(frame, planChoices(asked.orElse("")), year.shortCode(),
                    Optional.of(choose.getMessage().replace("--plan で", "計画を")), Optional.empty(), Optional.empty(),
                    Optional.empty()));
        }
        Submissions submissions = runtime.store().inTransaction(c -> StoredActuals.submissions(c, plan, year));
        String summary = plan.title() + "（" + plan.code() + "） " + year.label() + "の未提出: " + submissions.missing() + " 件";
        return Pages.page(200, "missing", new MissingPage(frame, planChoices(plan.code()), year.shortCode(),
                Optional.empty(), Optional.empty(), Optional.of(summary), Optional.of(new Table("未提出の一覧",
                        List.of("基本目標", "区分", "コード", "名称", "担当課"), missingRows(submissions)))));
    }

    /** The plans in force as the form offers them, {@code chosen} selected. */
    private List<MissingPage.Choice> planChoices(String chosen) {
        return runtime.context().plans().plans().stream().map(inForce -> new MissingPage.Choice(inForce.code(),
                inForce.title() + "（" + inForce.code() + "）", inForce.code().equals(chosen))).toList();
    }

    @GET
    @Path("reports")
    @Produces(Pages.HTML)
    @Allowed(Access.PLANNING)
    public Response reports(@Context ContainerRequestContext request) throws Exception {
        // reports/<plan>/<year>/<file>: each plan's years, the latest first.
        List<ReportsPage.PlanReports> shown = new ArrayList<>();
        java.nio.file.Path reports = runtime.context().settings().reports();
        List<java.nio.file.Path> plans = Files.isDirectory(reports) ? list(reports).stream().filter(Files::isDirectory)
                .sorted().toList() : List.of();
        for (java.nio.file.Path plan : plans) {
            String planCode = plan.getFileName().toString();
            List<ReportsPage.YearReports> years = new ArrayList<>();
            for (java.nio.file.Path folder : list(plan).stream().filter(Files::isDirectory)
                    .sorted(Comparator.reverseOrder()).toList()) {
                String year = folder.getFileName().toString();
                List<Link> files = list(folder).stream().filter(Files::isRegularFile).sorted()
                        .map(file -> file.getFileName().toString())
                        .map(name -> new Link("/reports/" + encode(planCode) + "/" + encode(year) + "/" + encode(name), name))
                        .toList();
                if (!files.isEmpty()) {
                    years.add(new ReportsPage.YearReports(year, files));
                }
            }
            if (!years.isEmpty()) {
                shown.add(new ReportsPage.PlanReports(runtime.context().plans().plan(planCode)
                        .map(p -> p.title() + "（" + planCode + "）").orElse(planCode), years));
            }
        }
        return Pages.page(200, "reports", new ReportsPage(Frame.of("報告書のダウンロード", RoleFilter.session(request)), shown));
    }

    @GET
    @Path("reports/{plan}/{year}/{file}")
    @Allowed(Access.PLANNING)
    public Response report(@PathParam("plan") String plan, @PathParam("year") String year,
            @PathParam("file") String file) {
        java.nio.file.Path reports = runtime.context().settings().reports().toAbsolutePath().normalize();
        java.nio.file.Path target = reports.resolve(plan).resolve(year).resolve(file).normalize();
        if (!target.startsWith(reports) || !target.getParent().getParent().getParent().equals(reports)
                || !Files.isRegularFile(target)) {
            return Response.status(404).build();
        }
        return Response.ok((StreamingOutput) out -> Files.copy(target, out)).type(MediaType.APPLICATION_OCTET_STREAM)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encode(file)).build();
    }

    /**
     * The 未提出一覧's rows (基本目標, 区分, コード, 名称, 担当課): the plan-wide targets first, then per goal its
     * 数値目標, its KPIs and its measures. A survey indicator in a year without a survey is not missing.
     */
    static List<List<String>> missingRows(Submissions submissions) {
        List<List<String>> rows = new ArrayList<>();
        submissions.overall().stream().filter(Submissions.Item::missing).forEach(item -> rows.add(List.of("全体目標",
                "全体目標", item.subject().code().text(), item.subject().name(), "")));
        for (Submissions.GoalSubmissions goal : submissions.goals()) {
            String heading = goal.goal().heading();
            goal.targets().stream().filter(Submissions.Item::missing).forEach(item -> rows.add(List.of(heading, "数値目標",
                    item.subject().code().text(), item.subject().name(), "")));
            goal.kpis().stream().filter(Submissions.Item::missing).forEach(item -> rows.add(List.of(heading, "KPI",
                    item.subject().code().text(), item.subject().name(), "")));
            goal.measures().stream().filter(Submissions.Item::missing).forEach(item -> rows.add(List.of(heading, "取組",
                    item.subject().code().text(), item.subject().title(), item.subject().department().orElse(""))));
        }
        return rows;
    }

    private static String status(String status) {
        return switch (status) {
            case "LANDED" -> "取込済";
            case "REJECTED" -> "差戻し";
            case "STAGING" -> "取込中";
            case "DUPLICATE" -> "取込済(重複)";
            case "ABANDONED" -> "中止";
            default -> status;
        };
    }

    private static String time(java.util.Date date) {
        return date == null ? "" : time(date.toInstant());
    }

    private static String time(java.time.Instant instant) {
        return instant.atZone(JAPAN).toLocalDateTime().withNano(0).toString().replace('T', ' ');
    }

    private static List<java.nio.file.Path> list(java.nio.file.Path folder) throws java.io.IOException {
        try (Stream<java.nio.file.Path> listing = Files.list(folder)) {
            return new ArrayList<>(listing.toList());
        }
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
