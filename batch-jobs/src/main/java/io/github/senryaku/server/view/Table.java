package io.github.senryaku.server.view;

import java.util.List;

/** A table of text: its caption, its column headers, and rows of as many cells as there are headers. */
public record Table(String caption, List<String> headers, List<List<String>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException(caption + ": a row of " + row.size() + " cells under "
                        + headers.size() + " headers");
            }
        }
    }
}
