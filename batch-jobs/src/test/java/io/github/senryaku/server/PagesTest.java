package io.github.senryaku.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.senryaku.server.auth.Role;
import io.github.senryaku.server.auth.Sessions;
import io.github.senryaku.server.view.Frame;
import io.github.senryaku.server.view.Link;
import io.github.senryaku.server.view.LoginPage;
import io.github.senryaku.server.view.MissingPage;
import io.github.senryaku.server.view.Notice;
import io.github.senryaku.server.view.OutcomePage;
import io.github.senryaku.server.view.Table;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The precompiled templates, rendered as the server renders them: what a user sent is escaped, fields carry their errors. */
class PagesTest {

    private static final Sessions.Session KIKAKU = new Sessions.Session("token", "kikaku<b>", Role.PLANNING, "csrf-1",
            Instant.EPOCH);

    private static String html(Response response) {
        return (String) response.getEntity();
    }

    @Test
    void everyPage_isJapanese_withItsTitle_aSkipLink_andOneHeading() {
        String page = html(Pages.message(200, Frame.signedOut("エラー"), Notice.ng("だめです"), Pages.MENU));

        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"ja\">"), page);
        assertTrue(page.contains("<title>エラー | senryaku</title>"), page);
        assertTrue(page.contains("<a class=\"skip\" href=\"#main\">本文へ移動</a>"), page);
        assertTrue(page.contains("<main id=\"main\">\n<h1>エラー</h1>"), page);
        assertTrue(page.contains("<p class=\"ng\">だめです</p>"), page);
        assertTrue(page.contains("<p><a href=\"/\">メニューへ</a></p>"), page);
        assertFalse(page.contains("/logout"), "nobody to sign out");
    }

    @Test
    void aNoticeWithALink_keepsTheLinkInsideItsSentence() {
        String page = html(Pages.message(403, Frame.signedOut("サインイン"), Notice.ng("画面の有効期限が切れました。",
                new Link("/login", "もう一度サインイン"), "してください。")));

        assertTrue(page.contains("<p class=\"ng\">画面の有効期限が切れました。<a href=\"/login\">もう一度サインイン</a>してください。</p>"),
                page);
        assertFalse(page.contains("<p><a"), "no links after it");
    }

    @Test
    void whatTheUserSent_isEscaped_inTextAndInAttributes() {
        String page = html(Pages.page(422, "outcome", new OutcomePage(Frame.of("結果", KIKAKU),
                Notice.ng("差戻し: <script>alert(1)</script>.xlsx"), Optional.of(new Link("/errors/a\"b", "エラー一覧")),
                Optional.of(new Table("エラーの内容", List.of("シート", "入力値"), List.of(List.of("実績", "</td><td>&x")))),
                Optional.empty(), new Link("/upload?kind=finance", "続けて取り込む"))));

        assertTrue(page.contains("<p class=\"ng\">差戻し: &lt;script&gt;alert(1)&lt;/script&gt;.xlsx</p>"), page);
        assertTrue(page.contains("<a href=\"/errors/a&#34;b\">"), page);
        assertTrue(page.contains("<tr><td>実績</td><td>&lt;/td&gt;&lt;td&gt;&amp;x</td></tr>"), page);
        assertTrue(page.contains("kikaku&lt;b&gt; さん"), page);
        assertTrue(page.contains("<input type=\"hidden\" name=\"csrf\" value=\"csrf-1\">"), page);
        assertFalse(page.contains("<script>"), page);
    }

    @Test
    void aTable_hasItsCaption_andAHeaderCellPerColumn() {
        String page = html(Pages.page(200, "outcome", new OutcomePage(Frame.of("結果", KIKAKU), Notice.ok("取込済"),
                Optional.empty(), Optional.of(new Table("エラーの内容", List.of("シート", "セル"), List.of(List.of("a", "b")))),
                Optional.empty(), new Link("/upload?kind=finance", "続けて取り込む"))));

        assertTrue(page.contains("<caption>エラーの内容</caption>"), page);
        assertTrue(page.contains("<thead><tr><th scope=\"col\">シート</th><th scope=\"col\">セル</th></tr></thead>"), page);
    }

    @Test
    void aFailedSignIn_isTiedToBothFields_andAFirstVisitToNone() {
        String failed = html(Pages.page(200, "login", new LoginPage(Frame.signedOut("サインイン"), "t",
                Optional.of("アカウント名またはパスワードが違います。"))));
        String first = html(Pages.page(200, "login", new LoginPage(Frame.signedOut("サインイン"), "t", Optional.empty())));

        assertTrue(failed.contains("<p class=\"ng\" id=\"signin-error\">アカウント名またはパスワードが違います。</p>"), failed);
        assertEquals(2, failed.split("aria-describedby=\"signin-error\" aria-invalid=\"true\"", -1).length - 1, failed);
        assertFalse(first.contains("aria-describedby") || first.contains("aria-invalid"), first);
        assertTrue(first.contains("<label for=\"name\">アカウント名</label>"), first);
        assertTrue(first.contains("<label for=\"password\">パスワード</label>"), first);
    }

    @Test
    void aYearThatCannotBeRead_isShownInItsField_withTheErrorTiedToIt() {
        String page = html(Pages.page(400, "missing", new MissingPage(Frame.of("未提出一覧", KIKAKU),
                List.of(new MissingPage.Choice("a", "計画A（a）", false), new MissingPage.Choice("b", "計画B（b）", true)),
                "平成\"32", Optional.empty(), Optional.of("年度「平成32」は読めません"), Optional.empty(), Optional.empty())));

        assertTrue(page.contains("<input id=\"year\" name=\"year\" value=\"平成&#34;32\" aria-describedby=\"year-error\""
                + " aria-invalid=\"true\">"), page);
        assertTrue(page.contains("<p class=\"ng\" id=\"year-error\">年度「平成32」は読めません</p>"), page);
        assertTrue(page.contains("<option value=\"a\">計画A（a）</option>"), page);
        assertTrue(page.contains("<option value=\"b\" selected>計画B（b）</option>"), page);
        assertFalse(page.contains("<table>"), "nothing to list");
    }
}
