package io.github.senryaku.model.planfile;

import java.util.List;
import java.util.Locale;

/**
 * The YAML library's syntax messages, said in Japanese for the people who edit the files (the planning
 * office, the administrator). The common mistakes are translated; anything else keeps a Japanese message
 * and gives the library's words only as the detail of the hint.
 */
final class YamlSyntaxMessages {

    private record Translation(String englishPart, String message, String hint) {
    }

    /** What the user reads: a message and a hint. */
    record Said(String message, String hint) {
    }

    private static final String CHECK = "インデント、コロン（:）、引用符の対応を確かめてください";

    private static final List<Translation> KNOWN = List.of(
            new Translation("mapping values are not allowed", "この位置には「キー: 値」を書けません",
                    "値の中にコロン（:）があるときは値を引用符で囲みます。インデントも確かめてください"),
            new Translation("could not find expected ':'", "コロン（:）がありません", "「キー: 値」の形で書きます"),
            new Translation("\\t(TAB)", "タブ文字は使えません", "インデントは半角の空白で書きます"),
            new Translation("unexpected end of stream", "引用符かかっこが閉じられないまま、ファイルが終わっています",
                    "「\"」「'」「[」「{」の閉じ忘れを探してください"),
            new Translation("did not find expected key", "キーを書く位置に別のものがあります", CHECK),
            new Translation("expected ',' or ']'", "「]」か「,」がありません", "[ ] の中は「,」で区切ります"),
            new Translation("expected ',' or '}'", "「}」か「,」がありません", "{ } の中は「,」で区切ります"),
            new Translation("expected <block end>", "インデントがそろっていません", "同じ段の行は同じ数の空白で始めます"),
            new Translation("found undefined alias", "定義されていない別名（*名前）です", "&名前 で定義してから使います"),
            new Translation("unknown escape character", "引用符の中に使えない「\\」があります",
                    "「\\」を書くときは ' ' で囲むか「\\\\」と書きます"),
            new Translation("exceeds the limit", "ファイルが大きすぎます", "6,400万文字までにしてください"));

    private YamlSyntaxMessages() {
    }

    /** The message and hint for a problem the library reported (its text in English). */
    static Said of(String problem) {
        String text = String.valueOf(problem);
        String lower = text.toLowerCase(Locale.ROOT);
        for (Translation known : KNOWN) {
            if (lower.contains(known.englishPart().toLowerCase(Locale.ROOT))) {
                return new Said("YAML の書式が正しくありません: " + known.message(), known.hint());
            }
        }
        return new Said("YAML の書式が正しくありません", CHECK + "（詳細: " + text + "）");
    }
}
