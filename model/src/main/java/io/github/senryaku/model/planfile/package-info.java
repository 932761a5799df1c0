/**
 * Reads the plan file ({@code config/plans/*.yaml}) and the grading rulebook files
 * ({@code config/rulebooks/*.yaml}) into model values. A bad file is rejected with every problem
 * located by file, line and field; a user's mistake never surfaces as a stack trace.
 */
package io.github.senryaku.model.planfile;
