package io.github.senryaku.server;

import io.github.senryaku.batch.importing.ImportResult;
import io.github.senryaku.batch.store.ImportLedger;
import io.github.senryaku.model.problem.Location;
import io.github.senryaku.model.problem.Problem;
import io.github.senryaku.server.auth.Sessions;
import io.github.senryaku.server.view.Frame;
import io.github.senryaku.server.view.Link;
import io.github.senryaku.server.view.Notice;
import io.github.senryaku.server.view.OutcomePage;
import io.github.senryaku.server.view.Table;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The page that says what became of an upload: landed (with what it brought), a duplicate, rejected (every
 * error shown, located by sheet and cell, and the error workbook to download), or failed. A rejection answers
 * 422 and a failure 500, so a script that uploads can tell them apart.
 */
final class UploadOutcome {

    private static final List<String> PROBLEM_COLUMNS = List.of("シート", "セル", "入力値", "内容", "対処方法");

    private UploadOutcome() {
    }

    static Response page(Sessions.Session session, UploadKind upload, String original, ImportResult result) {
        Optional<Link> errorWorkbook = Optional.empty();
        Optional<Table> problems = Optional.empty();
        Optional<String> notShown = Optional.empty();
        Notice notice = switch (result.kind()) {
            case LANDED -> Notice.ok("取込済: " + original + result.outcome().map(o -> "（" + brought(upload, o) + "）")
                    .orElse("") + result.outcome().flatMap(o -> o.plan()).map(plan -> " 計画 " + plan).orElse(""));
            case DUPLICATE -> Notice.ok("取込済（重複）: " + original + " と同じ内容のファイルを取込済みです。変更はありません。");
            case REJECTED -> {
                errorWorkbook = result.outcome().map(o -> new Link("/errors/" + URLEncoder.encode(
                        o.storedAs() + UploadPages.ERROR_REPORT, StandardCharsets.UTF_8).replace("+", "%20"),
                        "エラー一覧（Excel）をダウンロード"));
                problems = Optional.of(new Table("エラーの内容（" + result.problems().size() + " 件）", PROBLEM_COLUMNS,
                        result.problems().stream().map(UploadOutcome::row).toList()));
                if (result.problemsNotShown() > 0) {
                    notShown = Optional.of("ほか " + result.problemsNotShown() + " 件（全 " + result.problemCount()
                            + " 件）。すべてはエラー一覧（Excel）にあります。");
                }
                yield Notice.ng("差戻し: " + original + "（エラー " + result.errorCount()
                        + " 件）。ファイル全体を取り込んでいません。次の誤りを直して、もう一度取り込んでください。");
            }
            default -> Notice.ng("取込に失敗しました（ジョブ " + result.executionId() + "）。管理者に連絡してください。");
        };
        int status = result.kind() == ImportResult.Kind.REJECTED ? 422
                : result.kind() == ImportResult.Kind.FAILED ? 500 : 200;
        return Pages.page(status, "outcome", new OutcomePage(Frame.of(upload.title() + "の結果", session), notice,
                errorWorkbook, problems, notShown, new Link("/upload?kind=" + upload.param(), "続けて取り込む")));
    }

    /** What a landed file brought, in the words of its kind. */
    private static String brought(UploadKind upload, ImportLedger.Outcome landed) {
        return switch (upload) {
            case FINANCE -> "予算・決算 " + landed.budgetLines() + " 行";
            case DEPARTMENT -> "実績 " + landed.actuals() + " 件・取組 " + landed.measures() + " 件";
            case COUNCIL -> "意見 " + landed.opinions() + " 件";
        };
    }

    /** A problem as the table shows it: sheet, cell, what was there, what is wrong (a warning says so), what to do. */
    private static List<String> row(Problem problem) {
        String sheet = problem.location() instanceof Location.Cell cell ? cell.sheet() : "";
        String ref = problem.location() instanceof Location.Cell cell ? cell.cell() : "";
        return List.of(sheet, ref, nonNull(problem.input()), (problem.isError() ? "" : "（警告）") + problem.message(),
                nonNull(problem.hint()));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
