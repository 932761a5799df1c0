/**
 * Reads the plan files ({@code config/plans/*.yaml}: one plan each, with its revisions and lineage; a whole
 * folder of them through {@link io.github.senryaku.model.planfile.PlanLibrary}, checked across plans) and the
 * grading rulebook files ({@code config/rulebooks/*.yaml}) into model values. A bad file is rejected with
 * every problem located by file, line and field; a user's mistake never surfaces as a stack trace.
 */
package io.github.senryaku.model.planfile;
