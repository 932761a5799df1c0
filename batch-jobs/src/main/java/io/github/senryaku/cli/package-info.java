/**
 * The {@code senryaku} command (picocli). Exit codes: 0 ok, 1 invalid input (a file the user gave is
 * wrong; every problem is listed), 2 usage or system error (one line, never a stack trace).
 */
package io.github.senryaku.cli;
