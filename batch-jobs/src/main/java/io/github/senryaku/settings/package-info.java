/**
 * Settings (設定) of a senryaku installation: the settings file in the config folder, overridden by
 * environment variables, overridden by command-line options. Keys are documented in README.md.
 */
package io.github.senryaku.settings;
