package org.lngsim.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** Charts drawn on a pool give the bytes each gives drawn alone, in the order asked. */
class ChartBatchTest {

    private static final Set<ChartFormat> ALL = EnumSet.allOf(ChartFormat.class);

    @Test
    void charts_drawn_on_four_threads_are_byte_for_byte_the_charts_drawn_one_by_one() throws IOException {
        Map<String, Supplier<JFreeChart>> charts = charts(8);

        Map<String, ChartBatch.Drawn> pooled = ChartBatch.draw(charts, ALL, 4);

        assertThat(pooled.keySet()).containsExactlyElementsOf(charts.keySet());
        for (Map.Entry<String, Supplier<JFreeChart>> e : charts.entrySet()) {
            JFreeChart alone = e.getValue().get();
            for (ChartFormat format : ALL) {
                assertThat(pooled.get(e.getKey()).in(format)).as(e.getKey() + " " + format)
                        .isEqualTo(ChartExporter.export(alone, format));
            }
        }
    }

    @Test
    void one_thread_and_four_threads_draw_the_same_bytes() throws IOException {
        Map<String, ChartBatch.Drawn> one = ChartBatch.draw(charts(5), EnumSet.of(ChartFormat.PNG), 1);
        Map<String, ChartBatch.Drawn> four = ChartBatch.draw(charts(5), EnumSet.of(ChartFormat.PNG), 4);

        for (String name : one.keySet()) {
            assertThat(four.get(name).in(ChartFormat.PNG)).isEqualTo(one.get(name).in(ChartFormat.PNG));
        }
    }

    @Test
    void a_chart_that_fails_to_build_fails_the_batch_with_its_own_exception() {
        Map<String, Supplier<JFreeChart>> charts = charts(3);
        charts.put("broken", () -> {
            throw new IllegalStateException("no data for broken");
        });

        assertThatThrownBy(() -> ChartBatch.draw(charts, EnumSet.of(ChartFormat.PNG), 4))
                .isInstanceOf(IllegalStateException.class).hasMessage("no data for broken");
    }

    /** {@code n} line charts, each of its own shape, built fresh on every call. */
    private static Map<String, Supplier<JFreeChart>> charts(int n) {
        Map<String, Supplier<JFreeChart>> charts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            charts.put("chart-" + i, () -> {
                XYSeries series = new XYSeries("s" + k);
                for (int x = 0; x < 50; x++) {
                    series.add(x, Math.sin(x * (k + 1) / 10.0));
                }
                return ChartFactory.createXYLineChart("chart " + k, "x", "y", new XYSeriesCollection(series));
            });
        }
        return charts;
    }
}
