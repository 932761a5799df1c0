package io.github.senryaku.server.view;

import java.util.Optional;

/** The sign-in form: the token its form carries (also set as a cookie), and why the last try failed. */
public record LoginPage(Frame frame, String csrf, Optional<String> error) {
}
