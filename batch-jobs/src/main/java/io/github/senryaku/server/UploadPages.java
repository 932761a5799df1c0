package io.github.senryaku.server;

import io.github.senryaku.batch.councilimport.CouncilImports;
import io.github.senryaku.batch.departmentimport.DepartmentImports;
import io.github.senryaku.batch.financeimport.FinanceImports;
import io.github.senryaku.batch.importing.ImportResult;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.batch.workbook.Workbooks;
import io.github.senryaku.server.auth.Accounts;
import io.github.senryaku.server.auth.Role;
import io.github.senryaku.server.auth.Sessions;
import io.github.senryaku.server.auth.SignInThrottle;
import io.github.senryaku.server.view.Frame;
import io.github.senryaku.server.view.Link;
import io.github.senryaku.server.view.LoginPage;
import io.github.senryaku.server.view.MenuPage;
import io.github.senryaku.server.view.Notice;
import io.github.senryaku.server.view.UploadPage;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;

/**
 * The upload page (Japanese): sign-in, the upload of a finance, department or council workbook, its outcome with
 * every error, and the error workbook's download. Who may call each method is its {@link Allowed} access,
 * which {@link RoleFilter} checks before it runs. Every form carries the session's CSRF token; the session
 * cookie is HttpOnly and SameSite=Strict (and Secure under TLS); failed sign-ins are throttled per account and
 * address; uploads are checked by size and by content, stored under a generated folder, and shown through the
 * templates, which escape what the user sent.
 */
@Path("/")
public final class UploadPages {

    private static final Logger LOG = Logger.getLogger(UploadPages.class.getName());
    static final String PRE_COOKIE = "SENRYAKU_SIGNIN";
    /** What the name of a rejected file's error workbook adds to the name the file was filed under. */
    static final String ERROR_REPORT = ".errors.xlsx";

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
    @Produces(Pages.HTML)
    @Allowed(Access.PUBLIC)
    public Response loginForm(@QueryParam("error") String error) {
        String token = Sessions.token();
        Optional<String> message = Optional.ofNullable(error).map(reason -> switch (reason) {
            case "wait" -> "サインインの失敗が続いたため、しばらく待ってからもう一度お試しください。";
            case "csrf" -> "画面の有効期限が切れました。もう一度サインインしてください。";
            default -> "アカウント名またはパスワードが違います。";
        });
        return Response.fromResponse(Pages.page(200, "login", new LoginPage(Frame.signedOut("サインイン"), token, message)))
                .cookie(cookie(PRE_COOKIE, token, -1)).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Allowed(Access.PUBLIC)
    public Response login(@FormParam("name") String name, @FormParam("password") String password,
            @FormParam("csrf") String csrf, @CookieParam(PRE_COOKIE) String expected) throws IOException,
            InterruptedException {
        if (csrf == null || !csrf.equals(expected)) {
            return Pages.message(403, Frame.signedOut("サインイン"), Notice.ng("画面の有効期限が切れました。",
                    new Link("/login", "もう一度サインイン"), "してください。"));
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
            return Pages.message(503, Frame.signedOut("サインイン"), Notice.ng("混み合っています。しばらくしてから",
                    new Link("/login", "もう一度サインイン"), "してください。"));
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
    @Allowed(Access.PUBLIC)
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
    @Produces(Pages.HTML)
    @Allowed(Access.SIGNED_IN)
    public Response home(@Context ContainerRequestContext request) {
        Sessions.Session session = RoleFilter.session(request);
        Role role = session.role();
        List<Link> choices = new ArrayList<>();
        if (role.canUploadFinance()) {
            choices.add(new Link("/upload?kind=finance", UploadKind.FINANCE.title()));
        }
        if (role.canPlan()) {
            choices.add(new Link("/upload?kind=department", UploadKind.DEPARTMENT.title()));
            choices.add(new Link("/upload?kind=council", UploadKind.COUNCIL.title()));
            choices.add(new Link("/imports", "取込とジョブの状況"));
            choices.add(new Link("/missing", "未提出一覧"));
            choices.add(new Link("/reports", "報告書のダウンロード"));
        }
        return Pages.page(200, "menu", new MenuPage(Frame.of("メニュー（" + role.japanese() + "）", session), choices));
    }

    @GET
    @Path("upload")
    @Produces(Pages.HTML)
    @Allowed(Access.UPLOAD_OF_KIND)
    public Response uploadForm(@Context ContainerRequestContext request, @QueryParam("kind") String kind) {
        UploadKind upload = UploadKind.parse(kind);
        return Pages.page(200, "upload", new UploadPage(Frame.of(upload.title(), RoleFilter.session(request)),
                upload.param(), runtime.context().settings().maxFileBytes() / 1048576, upload.mayWaitForTheNight()));
    }

    @POST
    @Path("upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(Pages.HTML)
    @Allowed(Access.SIGNED_IN)
    public Response upload(@Context ContainerRequestContext request, @FormDataParam("csrf") String csrf,
            @FormDataParam("kind") String kind, @FormDataParam("when") String when,
            @FormDataParam("file") InputStream file, @FormDataParam("file") FormDataContentDisposition disposition)
            throws Exception {
        Sessions.Session session = RoleFilter.session(request);
        if (csrf == null || !csrf.equals(session.csrf())) {
            return Pages.message(403, Frame.of("受け付けできません", session), Notice.ng(
                    "画面の有効期限が切れたか、別の画面から送られました。", new Link("/", "メニュー"), "からもう一度お試しください。"));
        }
        UploadKind upload = UploadKind.parse(kind);
        if (!upload.allowedFor(session.role())) {
            return Pages.forbidden(session); // the kind was in the body, which RoleFilter does not read
        }
        long limit = runtime.context().settings().maxFileBytes();
        if (file == null || disposition == null) {
            return rejectedUpload(session, 400, "ファイルが選ばれていません。", upload);
        }
        String original = UploadNames.safe(disposition.getFileName());
        java.nio.file.Path folder = Files.createDirectories(runtime.context().settings().home().resolve("uploads")
                .resolve(UUID.randomUUID().toString()));
        try {
            java.nio.file.Path stored = folder.resolve(original);
            if (!copyWithin(file, stored, limit)) {
                return rejectedUpload(session, 413, "ファイルが大きすぎます（上限 " + limit / 1048576 + " MB）。", upload);
            }
            // By content, whatever the name says: a workbook that opens, not merely a zip or an OLE2 file.
            String inboxName;
            try (io.github.senryaku.batch.workbook.WorkbookSource opened = Workbooks.open(stored)) {
                LOG.fine(() -> original + ": sheets " + opened.sheetNames());
                inboxName = UploadNames.inInbox(original, Workbooks.detect(stored));
            } catch (io.github.senryaku.batch.workbook.UnreadableWorkbookException notAWorkbook) {
                return rejectedUpload(session, 415, original + ": " + notAWorkbook.getMessage(), upload);
            }
            LOG.info(() -> session.name() + " uploaded " + original + " (" + upload + ") as " + stored);
            if (upload.mayWaitForTheNight() && "night".equals(when)) {
                java.nio.file.Path waiting = OnDisk.sync(intoInbox(stored, inboxName));
                return Pages.message(200, Frame.of(upload.title(), session), Notice.ok(original + " を受付箱に置きました（"
                        + waiting.getFileName() + "）。夜間の取込で取り込みます。"), Pages.MENU);
            }
            ImportResult result = scheduler.runNow(() -> switch (upload) {
                case FINANCE -> FinanceImports.run(runtime.operator(), runtime.context(), stored);
                case COUNCIL -> CouncilImports.run(runtime.operator(), runtime.context(), stored);
                // Moved into the inbox on the scheduler's thread, so a nightly run cannot take it in between.
                case DEPARTMENT -> DepartmentImports.run(runtime.operator(), runtime.context(), intoInbox(stored, inboxName));
            });
            return UploadOutcome.page(session, upload, original, result);
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
    @Allowed(Access.SIGNED_IN)
    public Response errorReport(@Context ContainerRequestContext request, @PathParam("name") String name)
            throws java.sql.SQLException {
        Sessions.Session session = RoleFilter.session(request);
        // Each role sees the error workbooks of the kinds it uploads: finance the finance office's, planning the
        // departments' and the council's.
        Optional<String> source = name.endsWith(ERROR_REPORT) ? runtime.store().inTransaction(connection ->
                ImportLedger.rejectedSource(connection, name.substring(0, name.length() - ERROR_REPORT.length())))
                : Optional.empty();
        if (source.flatMap(UploadKind::ofSource).filter(kind -> kind.allowedFor(session.role())).isEmpty()) {
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

    private Response rejectedUpload(Sessions.Session session, int status, String message, UploadKind upload) {
        return Pages.message(status, Frame.of(upload.title(), session), Notice.ng(message),
                new Link("/upload?kind=" + upload.param(), "戻る"));
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
