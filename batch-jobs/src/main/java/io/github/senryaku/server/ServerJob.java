package io.github.senryaku.server;

import io.github.senryaku.batch.annualreport.AnnualReportJob;
import io.github.senryaku.batch.departmentimport.DepartmentImportJob;

/** The runs the server schedules, and the job whose executions record them. */
public enum ServerJob {
    /** 夜間取込: every workbook in the inbox through the department import. */
    NIGHTLY_IMPORT("importSchedule", DepartmentImportJob.NAME),
    /** 年次報告: the report of the fiscal year just closed, in every format. */
    YEAR_END_REPORT("reportSchedule", AnnualReportJob.NAME);

    /** Job parameter naming the scheduled time a run was for (ISO, Asia/Tokyo): how a missed run is told. */
    public static final String SCHEDULED_FOR = "scheduledFor";

    private final String setting;
    private final String jobName;

    ServerJob(String setting, String jobName) {
        this.setting = setting;
        this.jobName = jobName;
    }

    public String setting() {
        return setting;
    }

    public String jobName() {
        return jobName;
    }
}
