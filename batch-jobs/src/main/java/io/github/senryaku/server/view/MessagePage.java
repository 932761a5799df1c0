package io.github.senryaku.server.view;

import java.util.List;

/** A page that only says something — a refusal, an error, a file left for the night — and where to go next. */
public record MessagePage(Frame frame, Notice notice, List<Link> links) {
}
