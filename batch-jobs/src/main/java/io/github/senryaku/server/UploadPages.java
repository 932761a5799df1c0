package io.github.senryaku.server;

import io.github.senryaku.batch.financeimport.FinanceImports;
import io.github.senryaku.batch.importing.ImportResult;

import io.github.senryaku.batch.departmentimport.DepartmentImports;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.workbook.Workbooks;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.server.auth.Accounts;
import io.github.senryaku.server.auth.Role;
import io.github.senryaku.server.auth.Sessions;
import io.github.senryaku.server.auth.SignInThrottle;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * The upload page (Japanese): sign-in, the upload of a finance or department workbook, its outcome with
 * every error, and the error workbook's download. Every form carries the session's CSRF token; the session
 * cookie is HttpOnly and SameSite=Strict (and Secure under TLS); failed sign-ins are throttled per account and address; uploads are checked by size and
 * by content, stored under a generated folder, and what the user sent is shown escaped.
 */
@Path("/")
public final class UploadPages {

    private static final Logger LOG = Logger.getLogger(UploadPages.class.getName());
    static final String PRE_COOKIE = "SENRYAKU_SIGNIN";
    /** What the name of a rejected file's error workbook adds to the name the file was filed under. */
    private static final String ERROR_REPORT = ".errors.xlsx";

    private final SenryakuRuntime runtime;
    private final Scheduler scheduler;
    private final Accounts accounts;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final boolean secure;

    public UploadPages(SenryakuRuntime runtime, Scheduler scheduler, Sessions sessions, SignInThrottle throttle,
            boolean secure) {
        this.runtime = runtime;
        this.scheduler = scheduler;
        this.accounts = new Accounts(runtime.context().settings().home());
        this.sessions = sessions;
        this.throttle = throttle;
        this.secure = secure;
    }

    // ---- sign-in

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response loginForm(@QueryParam("error") String error) {
        String token = Sessions.token();
        String message = error == null ? "" : "<p class=\"ng\">" + Html.escape(switch (error) {
            case "wait" -> "サインインの失敗が続いたため、しばらく待ってからもう一度お試しください。";
            case "csrf" -> "画面の有効期限が切れました。もう一度サインインしてください。";
            default -> "アカウント名またはパスワードが違います。";
        }) + "</p>";
        String body = message + "<form method=\"post\" action=\"/login\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + token + "\">"
                + "<label for=\"name\">アカウント名</label><input id=\"name\" name=\"name\" autocomplete=\"username\" required>"
                + "<label for=\"password\">パスワード</label><input id=\"password\" name=\"password\" type=\"password\""
                + " autocomplete=\"current-password\" required><br><button type=\"submit\">サインイン</button></form>";
        return Response.ok(Html.page("サインイン", null, null, body)).cookie(cookie(PRE_COOKIE, token, -1)).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@FormParam("name") String name, @FormParam("password") String password,
            @FormParam("csrf") String csrf, @CookieParam(PRE_COOKIE) String expected) throws IOException,
            InterruptedException {
        if (csrf == null || !csrf.equals(expected)) {
            return Response.status(403).entity(Html.page("サインイン", null, null,
                    "<p class=\"ng\">画面の有効期限が切れました。<a href=\"/login\">もう一度サインイン</a>してください。</p>"))
                    .type(MediaType.TEXT_HTML + ";charset=UTF-8").build();
        }
        String account = name == null ? "" : name.strip();
        if (!Accounts.isValidName(account)) {
            return redirect("/login?error=password"); // never an account: nothing to count, nothing to hash
        }
        String client = ClientAddress.current();
        if (!throttle.begin(account, client)) {
            LOG.warning(() -> "sign-in of " + account + " from " + client + " refused: too many failures");
            return redirect("/login?error=wait");
        }
        if (!throttle.acquireCheck()) {
            return Html.response(503, Html.page("サインイン", null, null, "<p class=\"ng\">混み合っています。しばらくしてから"
                    + "<a href=\"/login\">もう一度サインイン</a>してください。</p>"));
        }
        Optional<Accounts.Account> verified;
        try {
            verified = accounts.verify(account, password == null ? new char[0] : password.toCharArray());
        } finally {
            throttle.releaseCheck();
        }
        if (verified.isEmpty()) {
            LOG.warning(() -> "failed sign-in for " + account + " from " + client);
            return redirect("/login?error=password");
        }
        throttle.succeeded(account, client);
        Sessions.Session session = sessions.open(verified.get());
        LOG.info(() -> "signed in: " + account + " (" + verified.get().role() + ")");
        return Response.seeOther(URI.create("/")).cookie(cookie(Sessions.COOKIE, session.token(), -1),
                cookie(PRE_COOKIE, "", 0)).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@CookieParam(Sessions.COOKIE) String token, @FormParam("csrf") String csrf) {
        Optional<Sessions.Session> session = sessions.find(token);
        if (session.isPresent() && !session.get().csrf().equals(csrf)) {
            return redirect("/"); // not from our page: the session stays, and so does its cookie
        }
        sessions.close(token);
        return Response.seeOther(URI.create("/login")).cookie(cookie(Sessions.COOKIE, "", 0)).build();
    }

    // ---- pages

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response home(@CookieParam(Sessions.COOKIE) String token) {
        Optional<Sessions.Session> session = sessions.find(token);
        if (session.isEmpty()) {
            return redirect("/login");
        }
        Role role = session.get().role();
        StringBuilder body = new StringBuilder("<ul>");
        if (role.canUploadFinance()) {
            body.append("<li><a href=\"/upload?kind=finance\">予算・決算ファイル（事業別予算決算）の取込</a></li>");
        }
        if (role.canPlan()) {
            body.append("<li><a href=\"/upload?kind=department\">担当課の報告ファイルの取込</a></li>")
                    .append("<li><a href=\"/imports\">取込とジョブの状況</a></li>")
                    .append("<li><a href=\"/missing\">未提出一覧</a></li>")
                    .append("<li><a href=\"/reports\">報告書のダウンロード</a></li>");
        }
        body.append("</ul>");
        return Html.response(200, Html.page("メニュー（" + role.japanese() + "）", session.get().name(), session.get().csrf(),
                body.toString()));
    }

    @GET
    @Path("upload")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response uploadForm(@CookieParam(Sessions.COOKIE) String token, @QueryParam("kind") String kind) {
        Optional<Sessions.Session> session = sessions.find(token);
        if (session.isEmpty()) {
            return redirect("/login");
        }
        UploadKind upload = UploadKind.parse(kind);
        if (!upload.allowedFor(session.get().role())) {
            return forbidden(session.get());
        }
        String when = upload == UploadKind.DEPARTMENT
                ? "<label><input type=\"radio\" name=\"when\" value=\"now\" checked> すぐに取り込む</label>"
                + "<label><input type=\"radio\" name=\"when\" value=\"night\"> 夜間の取込に回す（受付箱に置く）</label>" : "";
        String body = "<form method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">"
                + "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(session.get().csrf()) + "\">"
                + "<input type=\"hidden\" name=\"kind\" value=\"" + upload.param() + "\">"
                + "<label for=\"file\">Excel ファイル（.xlsx / .xls、" + runtime.context().settings().maxFileBytes() / 1048576
                + " MB まで）</label><input id=\"file\" name=\"file\" type=\"file\" accept=\".xlsx,.xls\" required>" + when
                + "<br><button type=\"submit\">取り込む</button></form>";
        return Html.response(200, Html.page(upload.title(), session.get().name(), session.get().csrf(), body));
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    public Response upload(@CookieParam(Sessions.COOKIE) String token, @FormDataParam("csrf") String csrf, @FormDataParam("kind") String kind, @FormDataParam("when") String when,
            @FormDataParam("file") InputStream file, @FormDataParam("file") FormDataContentDisposition disposition)
            throws Exception {
        Optional<Sessions.Session> session = sessions.find(token);
        if (session.isEmpty()) {
            return Html.response(401, Html.page("サインインが必要です", null, null,
                    "<p class=\"ng\">サインインしていないため、ファイルは受け付けませんでした。</p><p><a href=\"/login\">サインイン</a></p>"));
        }
        if (csrf == null || !csrf.equals(session.get().csrf())) {
            return Html.response(403, Html.page("受け付けできません", session.get().name(), session.get().csrf(),
                    "<p class=\"ng\">画面の有効期限が切れたか、別の画面から送られました。<a href=\"/\">メニュー</a>から"
                            + "もう一度お試しください。</p>"));
        }
        UploadKind upload = UploadKind.parse(kind);
        if (!upload.allowedFor(session.get().role())) {
            return forbidden(session.get());
        }
        long limit = runtime.context().settings().maxFileBytes();
        if (file == null || disposition == null) {
            return rejectedUpload(session.get(), 400, "ファイルが選ばれていません。", upload);
        }
        String original = UploadNames.safe(disposition.getFileName());
        java.nio.file.Path folder = Files.createDirectories(runtime.context().settings().home().resolve("uploads")
                .resolve(UUID.randomUUID().toString()));
        try {
            java.nio.file.Path stored = folder.resolve(original);
            if (!copyWithin(file, stored, limit)) {
                return rejectedUpload(session.get(), 413, "ファイルが大きすぎます（上限 " + limit / 1048576 + " MB）。", upload);
            }
            // By content, whatever the name says: a workbook that opens, not merely a zip or an OLE2 file.
            String inboxName;
            try (io.github.senryaku.batch.workbook.WorkbookSource opened = Workbooks.open(stored)) {
                LOG.fine(() -> original + ": sheets " + opened.sheetNames());
                inboxName = UploadNames.inInbox(original, Workbooks.detect(stored));
            } catch (io.github.senryaku.batch.workbook.UnreadableWorkbookException notAWorkbook) {
                return rejectedUpload(session.get(), 415, original + ": " + notAWorkbook.getMessage(), upload);
            }
            LOG.info(() -> session.get().name() + " uploaded " + original + " (" + upload + ") as " + stored);
            if (upload == UploadKind.FINANCE) {
                ImportResult result = scheduler.runNow(() -> FinanceImports.run(runtime.operator(),
                        runtime.context(), stored));
                return outcome(session.get(), upload, original, result);
            }
            if ("night".equals(when)) {
                java.nio.file.Path waiting = OnDisk.sync(intoInbox(stored, inboxName));
                return Html.response(200, Html.page(upload.title(), session.get().name(), session.get().csrf(), "<p class=\"ok\">"
                        + Html.escape(original) + " を受付箱に置きました（" + Html.escape(waiting.getFileName().toString())
                        + "）。夜間の取込で取り込みます。</p><p><a href=\"/\">メニューへ</a></p>"));
            }
            // Moved into the inbox on the scheduler's thread, so a nightly run cannot take it in between.
            ImportResult result = scheduler.runNow(() -> DepartmentImports.run(runtime.operator(),
                    runtime.context(), intoInbox(stored, inboxName)));
            return outcome(session.get(), upload, original, result);
        } finally {
            deleteAll(folder);
        }
    }

    /**
     * Puts a department's workbook into the inbox under its own name — the part before {@code _} names the
     * department when the workbook does not — or, when that name is taken, as {@code 名前 (2).xlsx}.
     */
    private java.nio.file.Path intoInbox(java.nio.file.Path stored, String name) throws IOException {
        java.nio.file.Path inbox = Files.createDirectories(runtime.context().settings().inbox());
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; ; n++) {
            java.nio.file.Path target = inbox.resolve(n == 1 ? name : stem + " (" + n + ")" + extension);
            try {
                return Files.move(stored, target);
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // another upload of the same name: try the next
            }
        }
    }

    @GET
    @Path("errors/{name}")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response errorReport(@CookieParam(Sessions.COOKIE) String token, @PathParam("name") String name)
            throws java.sql.SQLException {
        Optional<Sessions.Session> session = sessions.find(token);
        if (session.isEmpty()) {
            return Response.status(401).build();
        }
        // Finance sees the finance office's error workbooks, planning the departments'.
        Optional<String> source = name.endsWith(ERROR_REPORT) ? runtime.store().inTransaction(connection ->
                ImportLedger.rejectedSource(connection, name.substring(0, name.length() - ERROR_REPORT.length())))
                : Optional.empty();
        if (source.isEmpty() || (ImportLedger.FINANCE.equals(source.get()) ? !session.get().role().canUploadFinance()
                : !session.get().role().canPlan())) {
            return Response.status(404).build();
        }
        java.nio.file.Path rejected = runtime.context().settings().rejected().toAbsolutePath().normalize();
        java.nio.file.Path file = rejected.resolve(name).normalize();
        if (!file.getParent().equals(rejected) || !name.endsWith(ERROR_REPORT) || !Files.isRegularFile(file)) {
            return Response.status(404).build();
        }
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> Files.copy(file, out))
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    // ---- helpers

    private Response outcome(Sessions.Session session, UploadKind upload, String original, ImportResult result) {
        StringBuilder body = new StringBuilder();
        switch (result.kind()) {
            case LANDED -> body.append("<p class=\"ok\">取込済: ").append(Html.escape(original)).append(result.outcome()
                    .map(o -> upload == UploadKind.FINANCE ? "（予算・決算 " + o.budgetLines() + " 行）"
                            : "（実績 " + o.actuals() + " 件・取組 " + o.measures() + " 件）").orElse(""))
                    .append(Html.escape(result.outcome().flatMap(o -> o.plan()).map(plan -> " 計画 " + plan).orElse("")))
                    .append("</p>");
            case DUPLICATE -> body.append("<p class=\"ok\">取込済（重複）: ").append(Html.escape(original))
                    .append(" と同じ内容のファイルを取込済みです。変更はありません。</p>");
            case REJECTED -> {
                body.append("<p class=\"ng\">差戻し: ").append(Html.escape(original)).append("（エラー ").append(result.errorCount())
                        .append(" 件）。ファイル全体を取り込んでいません。次の誤りを直して、もう一度取り込んでください。</p>");
                result.outcome().ifPresent(o -> body.append("<p><a href=\"/errors/").append(Html.escape(
                        java.net.URLEncoder.encode(o.storedAs() + ERROR_REPORT, java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"))).append("\">エラー一覧（Excel）をダウンロード</a></p>"));
                body.append("<table><tr><th>シート</th><th>セル</th><th>入力値</th><th>内容</th><th>対処方法</th></tr>");
                for (Problem problem : result.problems()) {
                    String sheet = problem.location() instanceof io.github.senryaku.model.problem.Location.Cell cell
                            ? cell.sheet() : "";
                    String ref = problem.location() instanceof io.github.senryaku.model.problem.Location.Cell cell
                            ? cell.cell() : "";
                    body.append("<tr><td>").append(Html.escape(sheet)).append("</td><td>").append(Html.escape(ref))
                            .append("</td><td>").append(Html.escape(problem.input())).append("</td><td>")
                            .append(Html.escape((problem.isError() ? "" : "（警告）") + problem.message())).append("</td><td>")
                            .append(Html.escape(problem.hint())).append("</td></tr>");
                }
                body.append("</table>");
                if (result.problemsNotShown() > 0) {
                    body.append("<p>ほか ").append(result.problemsNotShown()).append(" 件（全 ").append(result.problemCount())
                            .append(" 件）。すべてはエラー一覧（Excel）にあります。</p>");
                }
            }
            default -> body.append("<p class=\"ng\">取込に失敗しました（ジョブ ").append(result.executionId())
                    .append("）。管理者に連絡してください。</p>");
        }
        body.append("<p><a href=\"/upload?kind=").append(upload.param()).append("\">続けて取り込む</a>　<a href=\"/\">メニューへ</a></p>");
        int status = result.kind() == ImportResult.Kind.REJECTED ? 422
                : result.kind() == ImportResult.Kind.FAILED ? 500 : 200;
        return Html.response(status, Html.page(upload.title() + "の結果", session.name(), session.csrf(), body.toString()));
    }

    private Response rejectedUpload(Sessions.Session session, int status, String message, UploadKind upload) {
        return Html.response(status, Html.page(upload.title(), session.name(), session.csrf(), "<p class=\"ng\">" + Html.escape(message)
                + "</p><p><a href=\"/upload?kind=" + upload.param() + "\">戻る</a></p>"));
    }

    private Response forbidden(Sessions.Session session) {
        return Html.response(403, Html.page("この画面は使えません", session.name(), session.csrf(),
                "<p class=\"ng\">" + Html.escape(session.role().japanese()) + "のアカウントでは、この画面は使えません。</p>"
                        + "<p><a href=\"/\">メニューへ</a></p>"));
    }

    private static Response redirect(String to) {
        return Response.seeOther(URI.create(to)).build();
    }

    private NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }

    /** Copies at most {@code limit} bytes; false (and a partial file) when the upload is larger. */
    private static boolean copyWithin(InputStream in, java.nio.file.Path target, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream source = in; OutputStream out = Files.newOutputStream(target)) {
            int read;
            while ((read = source.read(buffer)) > 0) {
                total += read;
                if (total > limit) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
        }
        return true;
    }

    private static void deleteAll(java.nio.file.Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            for (java.nio.file.Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

}
