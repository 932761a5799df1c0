package io.github.senryaku.server;

import com.sun.net.httpserver.HttpServer;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import java.net.URI;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/** The server's HTTP side: Jersey on the JDK's HTTP server, bound where the settings say (127.0.0.1 by default). */
public final class WebServer {

    private final HttpServer http;

    private WebServer(HttpServer http) {
        this.http = http;
    }

    public static WebServer start(String bind, int port, SenryakuRuntime runtime, Scheduler scheduler) {
        java.time.Clock clock = java.time.Clock.systemUTC();
        io.github.senryaku.server.auth.Sessions sessions = new io.github.senryaku.server.auth.Sessions(clock);
        ResourceConfig application = new ResourceConfig()
                .register(JacksonFeature.class)
                .register(org.glassfish.jersey.media.multipart.MultiPartFeature.class)
                .register(new HealthResource(runtime, scheduler))
                .register(new UploadPages(runtime, scheduler, sessions,
                        new io.github.senryaku.server.auth.SignInThrottle(clock), false))
                .register(new PlanningPages(runtime, sessions));
        HttpServer http = JdkHttpServerFactory.createHttpServer(URI.create("http://" + bind + ":" + port + "/"), application,
                true);
        return new WebServer(http);
    }

    /** The port listened on (the one the system chose when the settings said 0). */
    public int port() {
        return http.getAddress().getPort();
    }

    public String address() {
        return "http://" + http.getAddress().getHostString() + ":" + port() + "/";
    }

    /** Stops taking requests; those in progress get up to a second to finish. */
    public void stop() {
        http.stop(1);
    }
}
