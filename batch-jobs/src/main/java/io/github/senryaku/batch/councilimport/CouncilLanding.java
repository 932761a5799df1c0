package io.github.senryaku.batch.councilimport;

import io.github.senryaku.batch.importing.ReportSheet;
import io.github.senryaku.batch.store.CouncilOpinions;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What is checked of a council file as a whole before it lands: that it holds an opinion at all. A file of
 * only the template's prefilled codes would change nothing, and is far more likely the blank template sent
 * by mistake than a year the council said nothing of.
 */
final class CouncilLanding {

    private CouncilLanding() {
    }

    static List<Problem> nothingToLand(Connection connection, long importId, String file) throws SQLException {
        if (CouncilOpinions.count(connection, importId) > 0) {
            return List.of();
        }
        return List.of(Problem.error(new Location.Cell(file, ReportSheet.COUNCIL.sheetName(), "A1"), "",
                "意見の行がありません（見出し行の下に、意見と対応方針を記入した行が1つもありません）",
                "推進会議の意見と、それに対する対応方針を記入してから取り込んでください"));
    }
}
