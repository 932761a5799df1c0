package io.github.senryaku.server;

import io.github.senryaku.batch.runtime.JobHistory;
import io.github.senryaku.batch.runtime.JobNames;
import io.github.senryaku.batch.runtime.SenryakuRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /health}: whether the database answers, the last execution of each job with its status, and
 * when the schedules run next — what a monitoring tool or the administrator checks. 503 when the
 * database does not answer.
 */
@Path("/health")
public final class HealthResource {

    private final SenryakuRuntime runtime;
    private final Scheduler scheduler;

    public HealthResource(SenryakuRuntime runtime, Scheduler scheduler) {
        this.runtime = runtime;
        this.scheduler = scheduler;
    }

    @GET
    @Allowed(Access.PUBLIC)
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean database;
        try (Connection connection = runtime.store().connect()) {
            database = connection.isValid(5);
        } catch (Exception unreachable) {
            database = false;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", database ? "ok" : "database-unreachable");
        body.put("database", database);
        List<Map<String, Object>> jobs = new ArrayList<>();
        JobHistory history = runtime.history();
        for (String name : JobNames.ALL) {
            Map<String, Object> job = new LinkedHashMap<>();
            job.put("name", name);
            job.put("lastExecution", database ? history.latest(name).map(HealthResource::execution).orElse(null) : null);
            jobs.add(job);
        }
        body.put("jobs", jobs);
        Map<String, Object> schedules = new LinkedHashMap<>();
        for (ServerJob job : ServerJob.values()) {
            schedules.put(job.setting(), scheduler.nextRun(job).map(next -> next.toOffsetDateTime().toString()).orElse(null));
        }
        body.put("nextRuns", schedules);
        return Response.status(database ? 200 : 503).entity(body).build();
    }

    private static Map<String, Object> execution(JobExecution last) {
        Map<String, Object> execution = new LinkedHashMap<>();
        execution.put("id", last.getExecutionId());
        execution.put("status", String.valueOf(last.getBatchStatus()));
        execution.put("exitStatus", last.getExitStatus());
        execution.put("start", last.getStartTime() == null ? null : last.getStartTime().toInstant().toString());
        execution.put("end", last.getEndTime() == null ? null : last.getEndTime().toInstant().toString());
        return execution;
    }
}
