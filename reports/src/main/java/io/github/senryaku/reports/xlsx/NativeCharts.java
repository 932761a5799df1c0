package io.github.senryaku.reports.xlsx;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (XDDF) that Excel and LibreOffice both draw: line properties set explicitly (else
 * LibreOffice shows markers only), bars with varyColors off, a solid fill and crossBetween BETWEEN, blanks
 * shown as gaps so a missing year is not drawn as zero, category labels low.
 */
final class NativeCharts {

    /** A series: its name, the cells of its values, its colour and whether it is drawn dashed without markers. */
    record Series(String name, CellRangeAddress values, int rgb, boolean dashed) {
    }

    private NativeCharts() {
    }

    static XSSFChart line(XSSFSheet sheet, String title, int[] anchor, CellRangeAddress categories, Series... series) {
        XSSFChart chart = chart(sheet, title, anchor);
        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        bottom.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setCrossBetween(AxisCrossBetween.MIDPOINT_CATEGORY);
        XDDFDataSource<String> years = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        data.setVaryColors(false);
        for (Series s : series) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values());
            XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(years, values);
            line.setTitle(s.name(), null);
            line.setSmooth(false);
            line.setMarkerStyle(s.dashed() ? MarkerStyle.NONE : MarkerStyle.CIRCLE);
            line.setMarkerSize((short) 6);
            XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(color(s.rgb())));
            stroke.setWidth(s.dashed() ? 1.25 : 2.25);
            if (s.dashed()) {
                stroke.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
            }
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(stroke);
            line.setShapeProperties(shape);
        }
        chart.plot(data);
        chart.displayBlanksAs(DisplayBlanks.GAP);
        return chart;
    }

    static XSSFChart stackedBars(XSSFSheet sheet, String title, int[] anchor, CellRangeAddress categories,
            Series... series) {
        XSSFChart chart = chart(sheet, title, anchor);
        XDDFCategoryAxis left = chart.createCategoryAxis(AxisPosition.LEFT);
        left.setTickLabelPosition(AxisTickLabelPosition.LOW);
        XDDFValueAxis bottom = chart.createValueAxis(AxisPosition.BOTTOM);
        bottom.setCrosses(AxisCrosses.AUTO_ZERO);
        bottom.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFDataSource<String> goals = XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, left, bottom);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.STACKED);
        data.setOverlap((byte) 100);
        data.setVaryColors(false);
        for (Series s : series) {
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values());
            XDDFBarChartData.Series bar = (XDDFBarChartData.Series) data.addSeries(goals, values);
            bar.setTitle(s.name(), null);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(color(s.rgb())));
            bar.setShapeProperties(shape);
        }
        chart.plot(data);
        return chart;
    }

    private static XSSFChart chart(XSSFSheet sheet, String title, int[] anchor) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor position = drawing.createAnchor(0, 0, 0, 0, anchor[0], anchor[1], anchor[2], anchor[3]);
        XSSFChart chart = drawing.createChart(position);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        // Category labels may sit in a hidden helper column; Excel skips hidden cells unless told not to.
        chart.getCTChart().getPlotVisOnly().setVal(false);
        return chart;
    }

    private static XDDFColor color(int rgb) {
        return XDDFColor.from(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb});
    }
}
