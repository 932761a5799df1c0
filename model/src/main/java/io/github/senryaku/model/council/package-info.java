/**
 * The review council's opinions (推進会議・外部有識者の意見) on a year of the plan and the planning office's
 * responses (対応方針): each opinion is about a basic goal, a numerical target or KPI, a main policy, or the plan
 * as a whole (総括). Immutable values; the store reads them, the reports print them beside what they are about.
 */
package io.github.senryaku.model.council;
