package org.lngsim.charts;

import java.util.List;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.lngsim.runfolder.read.RunFolder;

/** The six charts of a briefing, in reading order, with their file names and captions. */
public enum BriefingCharts {
    SHORTFALL(ShortfallChart.FILE, "Daily shortfall with and without the protocol", ShortfallChart::build),
    STOCKS(StocksChart.FILE, "LNG stocks and days of cover against the protocol's thresholds", StocksChart::build),
    ARRIVALS(ArrivalsChart.FILE, "Monthly LNG deliveries by country of origin", ArrivalsChart::build),
    GAS_POOL(GasPoolChart.FILE, "Gas supplied to each sector of India's gas pool", GasPoolChart::build),
    REDIRECTIONS(RedirectionsChart.FILE, "Redirected cargoes, from release to delivery", RedirectionsChart::build),
    ROUTE_MAP(RouteMapChart.FILE, "Sea lanes, routes sailed and chokepoints", RouteMapChart::build);

    private final String file;
    private final String caption;
    private final Function<RunFolder, JFreeChart> builder;

    BriefingCharts(String file, String caption, Function<RunFolder, JFreeChart> builder) {
        this.file = file;
        this.caption = caption;
        this.builder = builder;
    }

    /** File name without extension, e.g. "shortfall". */
    public String file() {
        return file;
    }

    public String caption() {
        return caption;
    }

    public JFreeChart build(RunFolder run) {
        return builder.apply(run);
    }

    public static List<BriefingCharts> all() {
        return List.of(values());
    }
}
