package org.lngsim.output;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.lngsim.runfolder.RunFile;
import org.lngsim.stats.EnsembleStats;

/**
 * {@code ensemble.json}: the headline metrics of an ensemble of paired replications, each as
 * median with its 5–95% range, and for what the protocol avoided the probability that it made
 * things worse (the share of pairs with avoided below zero). Every replication's value is listed,
 * in replication order, so any other statistic can be computed from the file. The run folder's
 * other files are those of one replication, the {@link Representative}.
 *
 * @param replications how many pairs ran
 * @param scenarioSeed the scenario's seed, from which every replication's seed derives
 * @param seeds each replication's seed, in replication order (both runs of a pair use it)
 * @param headlines the metrics, in scenario order of their grids, pools and importers
 */
public record EnsembleSummary(int replications, long scenarioSeed, List<Long> seeds, Representative representative,
        List<Headline> headlines) {

    /** How replication seeds are derived; stated in the file so a reader need not look it up. */
    public static final String SEED_RULE = "replication 0 runs the scenario's seed; replication i > 0 runs "
            + "SplitMix64(scenario seed, i), the seed a sweep gives its run i";

    /** How the representative is chosen. */
    public static final String REPRESENTATIVE_RULE = "the replication nearest the medians: least sum over the "
            + "headline metrics of |value - median| / (p95 - p5), metrics with no spread left out, ties to the lowest";

    public EnsembleSummary {
        seeds = List.copyOf(seeds);
        headlines = List.copyOf(headlines);
    }

    /**
     * The replication whose files the run folder holds.
     *
     * @param replication its index
     * @param seed its seed (the seed of the folder's {@code summary.json})
     */
    public record Representative(int replication, long seed, String rule) {
    }

    /**
     * One metric across the replications.
     *
     * @param metric its path in {@code summary.json} (as sweeps name metrics)
     * @param subject what it is about; {@code entity} names which (null for the protocol)
     * @param probabilityWorse for an {@code avoided} metric, the share of pairs below zero; absent otherwise
     * @param values every replication's value, in replication order
     */
    public record Headline(String metric, Subject subject, String entity, Quantity quantity, String unit, double p5,
            double median, double p95, @JsonInclude(JsonInclude.Include.NON_NULL) Double probabilityWorse, List<Double> values) {

        public Headline {
            values = List.copyOf(values);
        }

        /** Whether this is what the protocol avoided (counterfactual minus the protocol run). */
        @JsonIgnore
        public boolean isAvoided() {
            return quantity == Quantity.AVOIDED;
        }
    }

    /** What a headline is about. */
    public enum Subject { GRID, GAS_POOL, IMPORTER, PROTOCOL }

    /** Which figure of its subject a headline is. */
    public enum Quantity {
        /** Unserved energy or gas with the scenario's protocol. */
        UNSERVED,
        /** Unserved in the counterfactual (protocol off). */
        UNSERVED_WITHOUT_PROTOCOL,
        /** Counterfactual minus protocol run: below zero, the protocol made it worse. */
        AVOIDED,
        /** LNG delivered to an importer. */
        DELIVERED,
        /** LNG redirected by the protocol. */
        REDIRECTED
    }

    /** What one headline reads from a replication's summary. */
    private record Metric(String path, Subject subject, String entity, Quantity quantity, String unit, int decimals,
            Function<RunSummary, Double> read) {

        boolean avoided() {
            return quantity == Quantity.AVOIDED;
        }
    }

    /**
     * The ensemble of {@code summaries} (one per replication, in order, each with its
     * counterfactual when one ran), its representative chosen by {@link #REPRESENTATIVE_RULE}.
     */
    public static EnsembleSummary of(long scenarioSeed, List<Long> seeds, List<RunSummary> summaries) {
        if (summaries.isEmpty() || summaries.size() != seeds.size()) {
            throw new IllegalArgumentException("one summary per seed, at least one");
        }
        List<Metric> metrics = metrics(summaries.get(0));
        List<Headline> headlines = new ArrayList<>();
        double[][] byMetric = new double[metrics.size()][];
        for (int m = 0; m < metrics.size(); m++) {
            Metric metric = metrics.get(m);
            double[] values = summaries.stream().mapToDouble(s -> metric.read().apply(s)).toArray();
            byMetric[m] = values;
            EnsembleStats.Spread spread = EnsembleStats.spread(values);
            Double worse = metric.avoided() ? Round.to(EnsembleStats.probabilityWorse(values), Round.PCT) : null;
            int decimals = metric.decimals();
            headlines.add(new Headline(metric.path(), metric.subject(), metric.entity(), metric.quantity(),
                    metric.unit(), Round.to(spread.p5(), decimals), Round.to(spread.median(), decimals),
                    Round.to(spread.p95(), decimals), worse, Arrays.stream(values).boxed().toList()));
        }
        int representative = EnsembleStats.nearestToMedians(byMetric);
        return new EnsembleSummary(summaries.size(), scenarioSeed, seeds,
                new Representative(representative, seeds.get(representative), REPRESENTATIVE_RULE), headlines);
    }

    /** The headline metrics of a summary: per grid and pool unserved with, without and avoided; per importer delivered. */
    private static List<Metric> metrics(RunSummary first) {
        List<Metric> metrics = new ArrayList<>();
        boolean paired = first.counterfactual() != null;
        for (String id : first.grids().keySet()) {
            metrics.add(new Metric("grids." + id + ".unservedGWh", Subject.GRID, id, Quantity.UNSERVED, "GWh",
                    Round.GWH, s -> s.grids().get(id).unservedGWh()));
            if (paired) {
                metrics.add(new Metric("counterfactual.grids." + id + ".unservedGWh", Subject.GRID, id,
                        Quantity.UNSERVED_WITHOUT_PROTOCOL, "GWh", Round.GWH,
                        s -> s.counterfactual().grids().get(id).unservedGWh()));
                metrics.add(new Metric("avoided.gridsUnservedGWh." + id, Subject.GRID, id, Quantity.AVOIDED, "GWh",
                        Round.GWH, s -> s.avoided().gridsUnservedGWh().get(id)));
            }
        }
        for (String id : first.gasPools().keySet()) {
            metrics.add(new Metric("gasPools." + id + ".unservedMt", Subject.GAS_POOL, id, Quantity.UNSERVED, "Mt",
                    Round.MT, s -> s.gasPools().get(id).unservedMt()));
            if (paired) {
                metrics.add(new Metric("counterfactual.gasPools." + id + ".unservedMt", Subject.GAS_POOL, id,
                        Quantity.UNSERVED_WITHOUT_PROTOCOL, "Mt", Round.MT,
                        s -> s.counterfactual().gasPools().get(id).unservedMt()));
                metrics.add(new Metric("avoided.gasPoolsUnservedMt." + id, Subject.GAS_POOL, id, Quantity.AVOIDED, "Mt",
                        Round.MT, s -> s.avoided().gasPoolsUnservedMt().get(id)));
            }
        }
        for (String id : first.importers().keySet()) {
            metrics.add(new Metric("importers." + id + ".deliveredMt", Subject.IMPORTER, id, Quantity.DELIVERED, "Mt",
                    Round.MT, s -> s.importers().get(id).deliveredMt()));
        }
        if (first.protocol().enabled()) {
            metrics.add(new Metric("protocol.redirectedMt", Subject.PROTOCOL, null, Quantity.REDIRECTED, "Mt",
                    Round.MT, s -> s.protocol().redirectedMt()));
        }
        return metrics;
    }

    /** The headline of {@code subject} {@code entity}'s {@code quantity}, or null when the ensemble has none. */
    public Headline headline(Subject subject, String entity, Quantity quantity) {
        return headlines.stream().filter(h -> h.subject() == subject && java.util.Objects.equals(h.entity(), entity)
                && h.quantity() == quantity).findFirst().orElse(null);
    }

    /** Writes {@code ensemble.json} into a run folder being written. */
    public void writeInto(Path runFolder) throws IOException {
        JsonFiles.writeJson(RunFile.ENSEMBLE.in(runFolder), this);
    }

    /** Reads a run folder's {@code ensemble.json} back. */
    public static EnsembleSummary read(Path ensembleJson) throws IOException {
        return JsonFiles.readValue(ensembleJson, EnsembleSummary.class);
    }
}
