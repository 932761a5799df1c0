package io.github.senryaku.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A national roll-up for {@code bench/roll-up.sh}: one synthetic plan with a share of targets per
 * municipality, each municipality's workbook reporting its own targets for every year (so no two files touch
 * the same target and year and every file lands), and one workbook holding all the same rows, to compare with.
 * Rows per file must be a whole number of targets × years.
 *
 * <p>Run as a program: {@code RollUpWorkbooks PLAN.yaml FOLDER ONE.xlsx FILES ROWS_PER_FILE FIRST_YEAR LAST_YEAR}.
 *
 */
public final class RollUpWorkbooks {

    private RollUpWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[1]);
        int files = Integer.parseInt(args[3]);
        int rowsPerFile = Integer.parseInt(args[4]);
        int first = Integer.parseInt(args[5]);
        int last = Integer.parseInt(args[6]);
        int years = last - first + 1;
        if (rowsPerFile % years != 0) {
            throw new IllegalArgumentException(rowsPerFile + " rows per file is not a whole number of targets × "
                    + years + " years");
        }
        int targetsPerFile = rowsPerFile / years;
        int targets = files * targetsPerFile;
        SyntheticData.writePlan(Path.of(args[0]), targets, first, last);
        SyntheticData.writeActuals(Path.of(args[2]), targets, first, last);
        for (int municipality = 0; municipality < files; municipality++) {
            int from = municipality * targetsPerFile;
            SyntheticData.writeActuals(folder.resolve(String.format("自治体%04d_実績.xlsx", municipality + 1)), from,
                    from + targetsPerFile, first, last);
        }
        System.out.printf("files=%d rows_per_file=%d targets=%d rows=%d%n", files, rowsPerFile, targets,
                (long) targets * years);
    }
}
