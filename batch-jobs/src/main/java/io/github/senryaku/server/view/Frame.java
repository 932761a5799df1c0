package io.github.senryaku.server.view;

import io.github.senryaku.server.auth.Sessions;
import java.util.Optional;

/** What every page has around its content: its title (the {@code <title>} and the one {@code <h1>}) and who is signed in. */
public record Frame(String title, Optional<Sessions.Session> signedIn) {

    public static Frame signedOut(String title) {
        return new Frame(title, Optional.empty());
    }

    public static Frame of(String title, Sessions.Session session) {
        return new Frame(title, Optional.of(session));
    }
}
