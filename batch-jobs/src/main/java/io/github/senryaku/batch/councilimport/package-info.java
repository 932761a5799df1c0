/**
 * The council import job (推進会議意見の取込, {@code council-import.xml}): the sheet 推進会議意見, each opinion of the
 * review council (推進会議・外部有識者) with the planning office's response (対応方針), about a goal, a target or KPI,
 * a policy in force that year, or the plan as a whole (総括); and the landing that makes a later file's opinions
 * current for the subjects it names. Also the office's template. The steps themselves are shared
 * ({@code batch.importing}); the table's SQL is the store's ({@code CouncilOpinions}).
 */
package io.github.senryaku.batch.councilimport;
