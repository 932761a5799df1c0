package io.github.senryaku.server;

import com.sun.net.httpserver.HttpServer;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import java.net.URI;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The server's HTTP side: Jersey on the JDK's HTTP(S) server, bound where the settings say (127.0.0.1 by
 * default; anywhere else only with TLS).
 */
public final class WebServer {

    private final HttpServer http;
    private final boolean tls;

    private WebServer(HttpServer http, boolean tls) {
        this.http = http;
        this.tls = tls;
    }

    /**
     * Starts listening: HTTPS with the keystore when the settings name one; plain HTTP only on the loopback.
     *
     * @throws IllegalStateException bound beyond the loopback without a keystore, or a keystore that cannot be read
     */
    public static WebServer start(io.github.senryaku.settings.Settings.Server settings, SenryakuRuntime runtime,
            Scheduler scheduler) {
        String bind = settings.bind();
        boolean tls = settings.tlsKeystore().isPresent();
        checkBind(settings);
        java.time.Clock clock = java.time.Clock.systemUTC();
        io.github.senryaku.server.auth.Sessions sessions = new io.github.senryaku.server.auth.Sessions(clock,
                new io.github.senryaku.server.auth.Accounts(runtime.context().settings().home()));
        ResourceConfig application = new ResourceConfig()
                .register(JacksonFeature.class)
                .register(org.glassfish.jersey.media.multipart.MultiPartFeature.class)
                .register(new HealthResource(runtime, scheduler))
                .register(new UploadPages(runtime, scheduler, sessions,
                        new io.github.senryaku.server.auth.SignInThrottle(clock), tls))
                .register(new PlanningPages(runtime, sessions))
                .register(new UploadSizeFilter(runtime.context().settings().maxFileBytes(), sessions))
                .register(new UnexpectedErrors());
        URI uri = URI.create((tls ? "https://" : "http://") + bind + ":" + settings.port() + "/");
        HttpServer http = tls
                ? JdkHttpServerFactory.createHttpServer(uri, application, sslContext(settings.tlsKeystore().get(),
                        settings.tlsKeystorePassword().toCharArray()), true)
                : JdkHttpServerFactory.createHttpServer(uri, application, true);
        return new WebServer(http, tls);
    }

    /** Plain HTTP is for the loopback only: anywhere else needs the TLS keystore. */
    public static void checkBind(io.github.senryaku.settings.Settings.Server settings) {
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
    }
}
