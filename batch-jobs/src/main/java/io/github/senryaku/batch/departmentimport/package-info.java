/**
 * The department import job (担当課の報告の取込, {@code department-import.xml}): the sheets 数値目標実績 and
 * 施策実施状況 of a department's report, each row checked against the plan (targets, KPIs and measures in force
 * that year), a key reported twice checked across rows, and the landing that makes a file's actuals current.
 * Also the report template departments fill in. The steps themselves are shared ({@code batch.importing}).
 */
package io.github.senryaku.batch.departmentimport;
