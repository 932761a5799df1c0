package io.github.senryaku.server.view;

import java.util.List;

/** The menu: the pages the signed-in account's role may open. */
public record MenuPage(Frame frame, List<Link> choices) {
}
