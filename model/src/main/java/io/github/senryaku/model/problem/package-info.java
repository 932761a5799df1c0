/**
 * Mistakes a user can make in a file, as values: each {@link Problem} says where (file and line, or
 * file, sheet and cell), what was found, what is wrong and what to do. Problems are collected so that
 * one report lists every mistake, not the first.
 */
package io.github.senryaku.model.problem;
