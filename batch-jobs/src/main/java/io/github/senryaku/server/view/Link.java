package io.github.senryaku.server.view;

/** A link: where to (already a path of this server, its parts URL-encoded) and its text. */
public record Link(String href, String text) {
}
