package io.github.senryaku.batch.departmentimport;

import io.github.senryaku.batch.importing.StoredColumns;

import io.github.senryaku.batch.workbook.CellValue;
import io.github.senryaku.batch.workbook.Texts;
import io.github.senryaku.model.evaluation.Reported;
import io.github.senryaku.model.plan.NumericalTarget;
import io.github.senryaku.model.plan.Quantity;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a 実績値 cell as departments really type it: a number cell, a formula's cached value, or text such
 * as {@code 1,121万人}, {@code 約1,900}, {@code ４５．２%}, {@code ▲5}; a milestone's state; or a word saying
 * the figure is not out yet ({@code 集計中}).
 */
final class ActualValueReader {

    /** Words that mean "not yet published": graded N, not an error. */
    static final Set<String> NOT_PUBLISHED = Set.of("集計中", "未公表", "未確定");

    private static final Pattern FIGURE = Pattern.compile("(約)?([-▲△]?)([0-9][0-9,]*(?:\\.[0-9]+)?|\\.[0-9]+)(.*)");

    /** What the cell said, or why it could not be read. */
    sealed interface Result {
        record Read(Reported reported) implements Result {
        }

        record Unreadable(String message, String hint) implements Result {
        }
    }

    private ActualValueReader() {
    }

    static Result read(CellValue cell, NumericalTarget target) {
        if (cell instanceof CellValue.FormulaWithoutValue) {
            return new Result.Unreadable("数式の計算結果がファイルに保存されていません",
                    "Excel でファイルを開き、上書き保存してから提出してください");
        }
        if (cell instanceof CellValue.Error error) {
            return new Result.Unreadable("セルがエラー値（" + error.code() + "）です", "数式か入力値を直してください");
        }
        if (cell instanceof CellValue.Bool) {
            return notAFigure(target);
        }
        if (cell instanceof CellValue.Date date) {
            return new Result.Unreadable("日付の表示形式のセルです（" + date.display() + " は数値としては " + date.serial().toPlainString()
                    + "）", "セルの表示形式を「標準」か「数値」にして、実績値を入力し直してください");
        }
        if (cell instanceof CellValue.Number number) {
            return target.isMilestone() ? notAFigure(target) : figure(number.number(), false);
        }
        String text = Texts.compact(cell.display()).replace('\u2212', '-');
        if (NOT_PUBLISHED.contains(text)) {
            return new Result.Read(new Reported.Unpublished(text));
        }
        if (target.isMilestone()) {
            return target.states().contains(text) ? new Result.Read(new Reported.State(text)) : notAFigure(target);
        }
        return figure(text, target);
    }

    private static Result figure(String text, NumericalTarget target) {
        Matcher m = FIGURE.matcher(text);
        if (!m.matches()) {
            return notAFigure(target);
        }
        String unit = m.group(4);
        String expectedUnit = Texts.compact(target.unit().symbol());
        if (!unit.isEmpty() && !unit.equals(expectedUnit)) {
            return new Result.Unreadable("単位「" + unit + "」がこの指標の単位"
                    + (expectedUnit.isEmpty() ? "（単位なし）" : "「" + expectedUnit + "」") + "と違います",
                    "この指標の単位で数値を書いてください");
        }
        BigDecimal value = new BigDecimal(m.group(3).replace(",", ""));
        if (!m.group(2).isEmpty()) {
            value = value.negate();
        }
        return figure(value, m.group(1) != null);
    }

    /** A figure the store can hold exactly (NUMERIC(38,10)): never rounded, never an overflow at staging. */
    private static Result figure(BigDecimal value, boolean approximate) {
        int integerDigits = StoredColumns.integerDigits(value);
        int maxIntegerDigits = StoredColumns.FIGURE_PRECISION - StoredColumns.FIGURE_SCALE;
        if (integerDigits > maxIntegerDigits) {
            return new Result.Unreadable("桁数が多すぎます（整数部 " + integerDigits + " 桁。整数部は " + maxIntegerDigits + " 桁まで）",
                    "単位と値を確かめてください");
        }
        int decimals = StoredColumns.decimals(value);
        if (decimals > StoredColumns.FIGURE_SCALE) {
            return new Result.Unreadable("小数点以下の桁数が多すぎます（" + decimals + " 桁。小数点以下は "
                    + StoredColumns.FIGURE_SCALE + " 桁まで）", "小数点以下 " + StoredColumns.FIGURE_SCALE
                    + " 桁以内の値にしてください（数式なら ROUND 関数で丸めてください）");
        }
        return new Result.Read(new Reported.Figure(new Quantity(value, approximate)));
    }

    private static Result notAFigure(NumericalTarget target) {
        if (target.isMilestone()) {
            return new Result.Unreadable("段階として読めません",
                    "「" + String.join("」「", target.states()) + "」のどれか（または 集計中）を書いてください");
        }
        return new Result.Unreadable("数値として読めません",
                "数値" + (target.unit().isNone() ? "" : "（単位「" + target.unit() + "」は付けても付けなくても可）")
                        + "を書いてください。未公表なら「集計中」と書きます");
    }
}
