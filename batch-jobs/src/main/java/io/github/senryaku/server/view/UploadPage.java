package io.github.senryaku.server.view;

/**
 * The upload form of one kind ({@code finance}, {@code department} or {@code council}); a department's workbook
 * may also be left for the nightly import.
 */
public record UploadPage(Frame frame, String kind, long limitMegabytes, boolean nightAllowed) {
}
