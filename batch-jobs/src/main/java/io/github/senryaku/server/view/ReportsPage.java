package io.github.senryaku.server.view;

import java.util.List;

/** The reports to download: per plan, per year (the latest first), its files. */
public record ReportsPage(Frame frame, List<PlanReports> plans) {

    public record PlanReports(String title, List<YearReports> years) {
    }

    public record YearReports(String year, List<Link> files) {
    }
}
