package org.lngsim.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One look for every chart, sized to be read at 1600×900 on a projector: large type, white
 * background, light grid lines, and the Okabe–Ito palette, which stays distinguishable for the
 * common forms of colour blindness.
 */
public final class ChartStyle {

    public static final int WIDTH_PX = 1600;
    public static final int HEIGHT_PX = 900;

    // Okabe & Ito (2008), "Color Universal Design".
    public static final Color BLACK = new Color(0x000000);
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color GREY = new Color(0x999999);
    public static final Color LIGHT_GREY = new Color(0xDDDDDD);

    /** Series colours in order of use: the strongest contrasts first, yellow (weak on white) last. */
    public static final List<Color> SERIES = List.of(BLUE, ORANGE, BLUISH_GREEN, VERMILLION, REDDISH_PURPLE,
            SKY_BLUE, YELLOW);

    /**
     * The protocol's threshold lines: greys outside {@link #SERIES}, told apart by shade and label,
     * so that no threshold shares a colour with a region's line.
     */
    public static final Color THRESHOLD_TRIGGER = new Color(0x222222);
    public static final Color THRESHOLD_TARGET = new Color(0x5F5F5F);
    public static final Color THRESHOLD_FLOOR = new Color(0x8C8C8C);

    /** Shading of disruption windows: faint enough that the lines on top stay readable. */
    public static final Color DISRUPTION_FILL = new Color(0, 0, 0, 26);

    /** Behind marker labels: lines stay visible through it, but the text wins. */
    public static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 210);

    public static final String FONT = Font.SANS_SERIF;
    static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 30);
    static final Font SUBTITLE_FONT = new Font(FONT, Font.PLAIN, 19);
    static final Font LABEL_FONT = new Font(FONT, Font.PLAIN, 20);
    static final Font TICK_FONT = new Font(FONT, Font.PLAIN, 17);
    static final Font LEGEND_FONT = new Font(FONT, Font.PLAIN, 18);
    static final Font ANNOTATION_FONT = new Font(FONT, Font.PLAIN, 16);

    public static final Stroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    /** The counterfactual (protocol off) is dashed in the same colour as its run. */
    public static final Stroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {10f, 7f}, 0f);
    public static final Stroke THRESHOLD = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {4f, 5f}, 0f);

    private ChartStyle() {
    }

    public static Color series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    /** Applies the shared look to a finished chart, including every subplot of a combined plot. */
    public static JFreeChart apply(JFreeChart chart, String subtitle) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(12, 16, 12, 24));
        TextTitle title = chart.getTitle();
        title.setFont(TITLE_FONT);
        title.setPaint(BLACK);
        title.setPadding(new RectangleInsets(4, 4, 4, 4));
        if (subtitle != null && !subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE_FONT);
            sub.setPaint(new Color(0x444444));
            sub.setPadding(new RectangleInsets(0, 4, 10, 4));
            chart.addSubtitle(0, sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND_FONT);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 16));
        }
        stylePlot(chart.getPlot());
        return chart;
    }

    private static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GREY);
        plot.setNoDataMessageFont(LABEL_FONT);
        if (plot instanceof CombinedDomainXYPlot combined) {
            styleAxis(combined.getDomainAxis());
            for (XYPlot sub : combined.getSubplots()) {
                stylePlot(sub);
            }
        } else if (plot instanceof CombinedDomainCategoryPlot combined) {
            styleAxis(combined.getDomainAxis());
            for (Object sub : combined.getSubplots()) {
                stylePlot((CategoryPlot) sub);
            }
        } else if (plot instanceof XYPlot xy) {
            // Solid light grid lines: JFreeChart's default dashed grey reads poorly when projected.
            xy.setDomainGridlinePaint(LIGHT_GREY);
            xy.setRangeGridlinePaint(LIGHT_GREY);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                styleAxis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                styleAxis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(LIGHT_GREY);
            category.setRangeGridlineStroke(new BasicStroke(1f));
            styleAxis(category.getDomainAxis());
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                styleAxis(category.getRangeAxis(i));
            }
        }
    }

    private static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelPaint(BLACK);
        axis.setTickLabelPaint(BLACK);
        axis.setAxisLinePaint(GREY);
        axis.setTickMarkPaint(GREY);
    }
}
