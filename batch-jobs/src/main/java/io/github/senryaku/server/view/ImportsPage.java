package io.github.senryaku.server.view;

import java.util.Optional;

/** The imports and the job runs, newest first, and which jobs have older runs than those shown. */
public record ImportsPage(Frame frame, String importsHeading, Table imports, String executionsHeading,
        Table executions, Optional<String> olderRuns) {
}
