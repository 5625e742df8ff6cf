package org.counterpart.analysis.risk;

import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar charts of a table drawn by JFreeChart as PNG, for the dashboard and the PDF alike: the top
 * values by quarter; a suppressed count is drawn as no bar, never as its true size.
 */
public final class ReportCharts {

  /** Values drawn at most; the rest stay in the table. */
  static final int TOP = 8;

  private ReportCharts() {}

  public static byte[] png(RiskAnalysis.Table table, String title, int width, int height) {
    var data = new DefaultCategoryDataset();
    for (var row : table.rows().stream().limit(TOP).toList()) {
      for (int i = 0; i < table.columns().size(); i++) {
        var shown = row.counts().get(i);
        data.addValue(
            shown.suppressed() ? null : (Number) shown.value(),
            row.value(),
            table.columns().get(i));
      }
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            title, null, null, data, PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    chart.getCategoryPlot().setBackgroundPaint(new Color(0xF4F6F8));
    var out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, width, height);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
