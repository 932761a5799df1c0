package io.github.senryaku.server;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import io.github.senryaku.server.auth.Accounts;
import io.github.senryaku.server.auth.SessionStore;
import io.github.senryaku.server.auth.Sessions;
import io.github.senryaku.server.auth.SignInThrottle;
import io.github.senryaku.settings.Settings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainerProvider;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The server's HTTP side: Jersey on the JDK's HTTP(S) server, bound where the settings say (127.0.0.1 by
 * default; anywhere else only with TLS), with bounded request threads and time limits ({@link HttpLimits}),
 * every request passed through {@link GuardedRequests}, every resource method's access checked by
 * {@link RoleFilter}, and every response given {@link SecurityHeaders}.
 */
public final class WebServer {

    private final HttpServer http;
    private final ExecutorService threads;
    private final JdkHttpHandlerContainer jersey;
    private final boolean tls;

    private WebServer(HttpServer http, ExecutorService threads, JdkHttpHandlerContainer jersey, boolean tls) {
        this.http = http;
        this.threads = threads;
        this.jersey = jersey;
        this.tls = tls;
    }

    /**
     * Starts listening: HTTPS with the keystore when the settings name one; plain HTTP only on the loopback.
     *
     * @throws IllegalStateException bound beyond the loopback without a keystore, or a keystore that cannot be read
     */
    public static WebServer start(Settings.Server settings, SenryakuRuntime runtime, Scheduler scheduler) {
        checkBind(settings);
        boolean secure = settings.tlsKeystore().isPresent() || settings.behindTlsProxy();
        java.time.Clock clock = java.time.Clock.systemUTC();
        Sessions sessions = new Sessions(clock, new Accounts(runtime.context().settings().home()),
                new SessionStore(runtime.store()));
        ResourceConfig application = new ResourceConfig()
                .register(JacksonFeature.class)
                .register(org.glassfish.jersey.media.multipart.MultiPartFeature.class)
                .register(new HealthResource(runtime, scheduler))
                .register(new UploadPages(runtime, scheduler, sessions, new SignInThrottle(clock), secure))
                .register(new PlanningPages(runtime))
                .register(new RoleFilter(sessions))
                .register(StyleSheet.class)
                .register(new UploadSizeFilter(runtime.context().settings().maxFileBytes(), sessions))
                .register(new SecurityHeaders(secure))
                .register(new UnexpectedErrors());
        return listen(settings, application);
    }

    /** Serves an application where the settings say, within the limits. */
    static WebServer listen(Settings.Server settings, ResourceConfig application) {
        HttpLimits.apply();
        boolean tls = settings.tlsKeystore().isPresent();
        HttpServer http;
        try {
            InetSocketAddress address = new InetSocketAddress(settings.bind(), settings.port());
            if (tls) {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(sslContext(settings.tlsKeystore().get(),
                        settings.tlsKeystorePassword().toCharArray())));
                http = https;
            } else {
                http = HttpServer.create(address, 0);
            }
        } catch (IOException taken) {
            throw new IllegalStateException(settings.bind() + " のポート " + settings.port() + " で待ち受けられません: "
                    + taken.getMessage(), taken);
        }
        JdkHttpHandlerContainer jersey = new JdkHttpHandlerContainerProvider().createContainer(
                JdkHttpHandlerContainer.class, application);
        http.createContext("/", new GuardedRequests(jersey, settings.behindTlsProxy()));
        ExecutorService threads = HttpLimits.requestThreads();
        http.setExecutor(threads);
        http.start();
        jersey.getApplicationHandler().onStartup(jersey);
        return new WebServer(http, threads, jersey, tls);
    }

    /** Plain HTTP is for the loopback only: anywhere else needs the TLS keystore. */
    public static void checkBind(Settings.Server settings) {
        if (settings.tlsKeystore().isEmpty() && !isLoopback(settings.bind())) {
            throw new IllegalStateException("bind: " + settings.bind() + " で待ち受けるには TLS の鍵ストア（設定 tlsKeystore、"
                    + "SENRYAKU_TLS_KEYSTORE）が必要です。127.0.0.1 のまま TLS のリバースプロキシを前に置く方法もあります");
        }
    }

    private static boolean isLoopback(String bind) {
        try {
            return java.net.InetAddress.getByName(bind).isLoopbackAddress();
        } catch (java.net.UnknownHostException unknown) {
            return false;
        }
    }

    private static javax.net.ssl.SSLContext sslContext(java.nio.file.Path keystore, char[] password) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(keystore)) {
            java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
            store.load(in, password);
            javax.net.ssl.KeyManagerFactory keys = javax.net.ssl.KeyManagerFactory.getInstance(
                    javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (java.io.IOException | java.security.GeneralSecurityException unreadable) {
            throw new IllegalStateException("TLS の鍵ストア " + keystore + " を読めません: " + unreadable.getMessage(), unreadable);
        }
    }

    /** The port listened on (the one the system chose when the settings said 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    public String address() {
        return (tls ? "https://" : "http://") + http.getAddress().getHostString() + ":" + port() + "/";
    }

    /** Stops taking requests; those in progress get up to a second to finish. */
    public void stop() {
        http.stop(1);
        threads.shutdown();
        jersey.getApplicationHandler().onShutdown(jersey);
    }
}
