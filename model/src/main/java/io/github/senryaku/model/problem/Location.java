package io.github.senryaku.model.problem;

/** Where in a user's file a problem is. */
public sealed interface Location {

    String file();

    /** As a person reads it: {@code plans/x.yaml:12 (goals[0].targets[1].unit)}. */
    String describe();

    /** A line of a text file (a plan or settings file), with the field's path when known. */
    record Line(String file, int line, String field) implements Location {
        @Override
        public String describe() {
            return file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : " (" + field + ")");
        }
    }

    /** A cell of a workbook: sheet and A1 reference. */
    record Cell(String file, String sheet, String cell) implements Location {
        @Override
        public String describe() {
            return file + " シート「" + sheet + "」セル" + cell;
        }
    }
}
