package io.github.senryaku.server;

import io.github.senryaku.batch.runtime.JobHistory;
import io.github.senryaku.batch.runtime.JobNames;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.store.StoredActuals;
import io.github.senryaku.model.evaluation.Submissions;
import io.github.senryaku.model.time.FiscalYear;
import io.github.senryaku.model.time.YearFormatException;
import io.github.senryaku.server.auth.Sessions;
import jakarta.batch.runtime.JobExecution;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * the latest reports to download. Finance accounts get 403.
 */
@Path("/")
public final class PlanningPages {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final int IMPORTS_SHOWN = 100;
    private static final int EXECUTIONS_SHOWN = 20;

    private final SenryakuRuntime runtime;
    private final Sessions sessions;

    public PlanningPages(SenryakuRuntime runtime, Sessions sessions) {
        this.runtime = runtime;
        this.sessions = sessions;
    }

    @GET
    @Path("imports")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response imports(@CookieParam(Sessions.COOKIE) String token) throws Exception {
        Optional<Sessions.Session> session = sessions.find(token);
        if (session.isEmpty() || !session.get().role().canPlan()) {
            return refuse(session);
        }
        StringBuilder body = new StringBuilder("<h2>取込の一覧（新しい順、" + IMPORTS_SHOWN + "件まで）</h2><table><tr>"
                + "<th>ファイル</th><th>担当課</th><th>種類</th><th>状態</th><th>実績</th><th>取組</th><th>予算決算</th>"
                + "<th>エラー</th><th>終了</th></tr>");
        for (ImportLedger.Listed listed : runtime.store().inTransaction(c -> ImportLedger.newest(c, IMPORTS_SHOWN))) {
            row(body, listed.originalName(), listed.department(),
                    ImportLedger.FINANCE.equals(listed.source()) ? "予算決算" : "担当課報告", status(listed.status()),
                    String.valueOf(listed.actuals()), String.valueOf(listed.measures()), String.valueOf(listed.budgetLines()),
                    String.valueOf(listed.errors()), listed.finishedAt().map(PlanningPages::time).orElse(""));
        }
        body.append("</table><h2>ジョブの実行（ジョブごとに新しい順、" + EXECUTIONS_SHOWN + "件まで）</h2><table><tr><th>ジョブ</th>"
                + "<th>実行ID</th><th>状態</th><th>終了状態</th><th>開始</th><th>終了</th></tr>");
        JobHistory history = runtime.history();
        List<String> cutShort = new ArrayList<>();
        for (String name : JobNames.ALL) {
            JobHistory.Listing newest = history.newest(name, EXECUTIONS_SHOWN);
            for (JobExecution execution : newest.executions()) {
                row(body, name, String.valueOf(execution.getExecutionId()), String.valueOf(execution.getBatchStatus()),
                        execution.getExitStatus(), time(execution.getStartTime()), time(execution.getEndTime()));
            }
            if (newest.truncated()) {
                cutShort.add(name);
            }
        }
        body.append("</table>");
        if (!cutShort.isEmpty()) {
            body.append("<p>").append(Html.escape(String.join("、", cutShort))).append(" には、これより前の実行もあります"
                    + "（すべては senryaku jobs --limit で表示できます）。</p>");
        }
        return Html.response(200, Html.page("取込とジョブの状況", session.get().name(), session.get().csrf(), body.toString()));
    }

    @GET
    @Path("missing")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response missing(@CookieParam(Sessions.COOKIE) String token, @QueryParam("year") String yearText,
            @QueryParam("plan") String planCode) throws Exception {
        Optional<Sessions.Session> session = sessions.find(token);
        if (session.isEmpty() || !session.get().role().canPlan()) {
            return refuse(session);
        }
        FiscalYear year;
        try {
            year = yearText == null || yearText.isBlank() ? runtime.context().plan().period().to() : FiscalYear.parse(yearText);
        } catch (YearFormatException malformed) {
            return Html.response(400, Html.page("未提出一覧", session.get().name(), session.get().csrf(), "<p class=\"ng\">"
                    + Html.escape(malformed.getMessage()) + "</p>"));
        }
        // The plan asked for, else the plan in force whose period holds the year (two: the page says to choose).
        io.github.senryaku.model.plan.StrategyPlan plan;
        try {
            plan = runtime.context().plans().choose(Optional.ofNullable(planCode).filter(p -> !p.isBlank()), Optional.of(year));
        } catch (io.github.senryaku.settings.PlansInForce.PlanChoiceException choose) {
            return Html.response(400, Html.page("未提出一覧", session.get().name(), session.get().csrf(), "<p class=\"ng\">"
                    + Html.escape(choose.getMessage().replace("--plan で", "計画を")) + "</p>"));
        }
        Submissions submissions = runtime.store().inTransaction(c -> StoredActuals.submissions(c, plan, year));
        StringBuilder options = new StringBuilder();
        for (var inForce : runtime.context().plans().plans()) {
            options.append("<option value=\"").append(Html.escape(inForce.code())).append("\"")
                    .append(inForce.code().equals(plan.code()) ? " selected" : "").append(">")
                    .append(Html.escape(inForce.title() + "（" + inForce.code() + "）")).append("</option>");
        }
        StringBuilder body = new StringBuilder("<form method=\"get\" action=\"/missing\"><label for=\"plan\">計画</label>"
                + "<select id=\"plan\" name=\"plan\">" + options + "</select> <label for=\"year\">年度</label>"
                + "<input id=\"year\" name=\"year\" value=\"" + Html.escape(year.shortCode()) + "\"> <button type=\"submit\">"
                + "表示</button></form><p>" + Html.escape(plan.title() + "（" + plan.code() + "）") + " "
                + Html.escape(year.label()) + "の未提出: " + submissions.missing() + " 件</p>"
                + "<table><tr><th>基本目標</th><th>区分</th><th>コード</th><th>名称</th><th>担当課</th></tr>");
        missingRows(submissions).forEach(cells -> row(body, cells.toArray(String[]::new)));
        body.append("</table>");
        return Html.response(200, Html.page("未提出一覧", session.get().name(), session.get().csrf(), body.toString()));
    }

    @GET
    @Path("reports")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response reports(@CookieParam(Sessions.COOKIE) String token) throws Exception {
        Optional<Sessions.Session> session = sessions.find(token);
        if (session.isEmpty() || !session.get().role().canPlan()) {
            return refuse(session);
        }
        // reports/<plan>/<year>/<file>: each plan's years, the latest first.
        StringBuilder body = new StringBuilder("<ul>");
        java.nio.file.Path reports = runtime.context().settings().reports();
        List<java.nio.file.Path> plans = Files.isDirectory(reports) ? list(reports).stream().filter(Files::isDirectory)
                .sorted().toList() : List.of();
        int shown = 0;
        for (java.nio.file.Path plan : plans) {
            String planCode = plan.getFileName().toString();
            String title = runtime.context().plans().plan(planCode).map(p -> p.title() + "（" + planCode + "）").orElse(planCode);
            body.append("<li>").append(Html.escape(title)).append("<ul>");
            for (java.nio.file.Path folder : list(plan).stream().filter(Files::isDirectory)
                    .sorted(Comparator.reverseOrder()).toList()) {
                body.append("<li>").append(Html.escape(folder.getFileName().toString())).append("<ul>");
                for (java.nio.file.Path file : list(folder).stream().filter(Files::isRegularFile).sorted().toList()) {
                    String name = file.getFileName().toString();
                    body.append("<li><a href=\"/reports/").append(encode(planCode)).append("/")
                            .append(encode(folder.getFileName().toString())).append("/")
                            .append(encode(name)).append("\">").append(Html.escape(name)).append("</a></li>");
                    shown++;
                }
                body.append("</ul></li>");
            }
            body.append("</ul></li>");
        }
        body.append(shown == 0 ? "<li>まだ報告書はありません</li>" : "").append("</ul>");
        return Html.response(200, Html.page("報告書のダウンロード", session.get().name(), session.get().csrf(), body.toString()));
    }

    @GET
    @Path("reports/{plan}/{year}/{file}")
    public Response report(@CookieParam(Sessions.COOKIE) String token, @PathParam("plan") String plan,
            @PathParam("year") String year, @PathParam("file") String file) {
        Optional<Sessions.Session> session = sessions.find(token);
        if (session.isEmpty() || !session.get().role().canPlan()) {
            return Response.status(session.isEmpty() ? 401 : 403).build();
        }
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

    private static void row(StringBuilder body, String... cells) {
        body.append("<tr>");
        for (String cell : cells) {
            body.append("<td>").append(Html.escape(cell)).append("</td>");
        }
        body.append("</tr>");
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

    private static Response refuse(Optional<Sessions.Session> session) {
        if (session.isEmpty()) {
            return Response.seeOther(java.net.URI.create("/login")).build();
        }
        return Html.response(403, Html.page("この画面は使えません", session.get().name(), session.get().csrf(), "<p class=\"ng\">"
                + Html.escape(session.get().role().japanese()) + "のアカウントでは、この画面は使えません。</p>"));
    }
}
