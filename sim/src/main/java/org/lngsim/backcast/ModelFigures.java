package org.lngsim.backcast;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import org.lngsim.model.Units;
import org.lngsim.runfolder.read.CargoRow;
import org.lngsim.runfolder.read.DailySeries;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.scenario.Region;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.Terminal;

/**
 * Computes each {@link Metric} for an observation from a finished run folder: the figure a
 * publication reports, over the same days, from the same kind of data (cargo records for volumes,
 * the daily series for stocks, flows and shortfalls). The definitions are those of
 * {@code scenarios/backcasts/README.md}.
 */
public final class ModelFigures {

    static final String UTILITY_STOCK = "utility-stock";
    private static final double PERCENT = 100.0;

    private final RunFolder run;
    private final Scenario scenario;
    private final DailySeries series;
    private final Map<String, String> countryOfPlant = new java.util.HashMap<>();

    public ModelFigures(RunFolder run) {
        this.run = run;
        this.scenario = run.scenario();
        this.series = run.series();
        run.plantCountries().forEach((plant, country) -> countryOfPlant.put(plant, WorldIds.slug(country)));
    }

    public ModelValue of(Observation o) {
        Windows window = Windows.of(scenario.start(), o.from(), o.to());
        String subject = o.subject();
        return switch (o.metric()) {
            case IMPORTS -> ModelValue.of(deliveredT(window, c -> c.importer().equals(subject)) / Units.T_PER_MT);
            case SUPPLIER_IMPORTS -> ModelValue.of(deliveredT(window, fromCountries(subject)) / Units.T_PER_MT);
            case SUPPLIER_SHARE -> share(window, SubjectCheck.first(subject), fromCountries(subject));
            case CHOKEPOINT_SHARE -> share(window, SubjectCheck.first(subject),
                    c -> c.chokepoints().contains(SubjectCheck.second(subject)));
            case TERMINAL_UTILISATION -> utilisation(window, subject);
            case TERMINAL_CARGOES -> ModelValue.of(count(window, c -> subject.equals(c.actualDestination())));
            case MONTHLY_CARGOES_MIN -> monthly(o, subject, true);
            case MONTHLY_CARGOES_MAX -> monthly(o, subject, false);
            case UNSERVED_ENERGY -> ModelValue.of(window.sum(series.values(subject, "unserved")));
            case GAS_UNSERVED -> gasUnserved(window, subject);
            case SECTOR_SERVED -> ratio(window.sum(series.values(subject, "served")),
                    window.sum(series.values(subject, "demand")), "the sector has no demand in the window");
            case POOL_LNG_SUPPLY -> ModelValue.of(window.mean(series.values(subject, "lng")), "no pool series");
            case STOCK -> ModelValue.of(scale(window.mean(stockT(subject))), "no stock series");
            case STOCK_MIN -> ModelValue.of(scale(window.min(stockT(subject))), "no stock series");
            case UTILITY_STOCK -> utilityStock(window, subject, false);
            case UTILITY_STOCK_MIN -> utilityStock(window, subject, true);
            case VOYAGE_DAYS -> voyageDays(window, SubjectCheck.first(subject), SubjectCheck.second(subject));
            case FUEL_CONSERVATION_HOURS -> ModelValue.of(window.sum(series.values(subject, "conserving-hours")));
            case CARGOES_CANCELLED -> ModelValue.of(run.cancellations().stream()
                    .filter(c -> window.holdsHours(c.timeHours()))
                    .filter(c -> subject.equals(c.plant()) || subject.equals(c.contract())).count());
            case JKM_PRICE -> ModelValue.of(window.mean(series.values(subject, "price")),
                    "no price series for market " + subject + " (is the scenario's market on?)");
            case JEPX_PRICE -> ModelValue.none("not modelled: lngsim has no power market");
        };
    }

    private Predicate<CargoRow> fromCountries(String subject) {
        String importer = SubjectCheck.first(subject);
        Set<String> countries = new HashSet<>(SubjectCheck.countriesOf(subject));
        return c -> c.importer().equals(importer) && countries.contains(countryOfPlant.get(c.origin()));
    }

    private List<CargoRow> delivered(Windows window, Predicate<CargoRow> which) {
        return run.cargoes().stream().filter(CargoRow::delivered).filter(c -> window.holdsHours(c.unloadedHours()))
                .filter(which).toList();
    }

    private double deliveredT(Windows window, Predicate<CargoRow> which) {
        return delivered(window, which).stream().mapToDouble(CargoRow::deliveredT).sum();
    }

    private long count(Windows window, Predicate<CargoRow> which) {
        return delivered(window, which).size();
    }

    private ModelValue share(Windows window, String importer, Predicate<CargoRow> part) {
        Predicate<CargoRow> own = c -> c.importer().equals(importer);
        return ratio(deliveredT(window, own.and(part)), deliveredT(window, own), "no deliveries in the window");
    }

    private static ModelValue ratio(double part, double whole, String whyNot) {
        return whole > 0 ? ModelValue.of(PERCENT * part / whole) : ModelValue.none(whyNot);
    }

    private ModelValue utilisation(Windows window, String terminalId) {
        Terminal terminal = scenario.terminal(terminalId).orElseThrow();
        double capacityT = terminal.regasCapacityMtpa() * Units.T_PER_MT * window.days() / Units.DAYS_PER_YEAR;
        return ratio(window.sum(series.values(terminalId, "send-out")), capacityT, "the terminal has no capacity");
    }

    private ModelValue monthly(Observation o, String importer, boolean quietest) {
        OptionalDouble extreme = OptionalDouble.empty();
        for (YearMonth month : Windows.wholeMonths(o.from(), o.to())) {
            Windows days = Windows.of(scenario.start(), month.atDay(1), month.atEndOfMonth());
            double cargoes = count(days, c -> c.importer().equals(importer));
            if (extreme.isEmpty() || (quietest ? cargoes < extreme.getAsDouble() : cargoes > extreme.getAsDouble())) {
                extreme = OptionalDouble.of(cargoes);
            }
        }
        return ModelValue.of(extreme, "the window holds no whole month");
    }

    private ModelValue gasUnserved(Windows window, String subject) {
        if (series.has(subject, "unserved")) {
            return ratio(window.sum(series.values(subject, "unserved")), window.sum(series.values(subject, "demand")),
                    "the pool has no demand in the window");
        }
        double requested = window.sum(series.values(subject, "requested"));
        return ratio(requested - window.sum(series.values(subject, "served")), requested,
                "the gas demand requested nothing in the window");
    }

    /**
     * End-of-day stock in tonnes: a terminal's own, a region's, or an importer's as the sum of its
     * regions (the region and the importer may share a name, as India's do).
     */
    private double[] stockT(String holder) {
        return stockT(run, holder);
    }

    static double[] stockT(RunFolder run, String holder) {
        Scenario scenario = run.scenario();
        DailySeries series = run.series();
        if (scenario.terminal(holder).isPresent()) {
            return series.values(holder, "stock");
        }
        List<Region> regions = scenario.regions().stream().filter(r -> r.importer().equals(holder)).toList();
        if (regions.isEmpty()) {
            return series.values(holder, "stock");
        }
        double[] total = new double[series.days()];
        for (Region region : regions) {
            double[] stock = series.values(region.id(), "stock");
            for (int d = 0; d < total.length; d++) {
                total[d] += stock[d];
            }
        }
        return total;
    }

    private ModelValue utilityStock(Windows window, String importer, boolean minimum) {
        if (!series.has(importer, UTILITY_STOCK)) {
            return ModelValue.none("the world gives no power utilities' share of " + importer + "'s stock");
        }
        double[] stock = series.values(importer, UTILITY_STOCK);
        return ModelValue.of(scale(minimum ? window.min(stock) : window.mean(stock)), "no utility-stock series");
    }

    private static OptionalDouble scale(OptionalDouble tonnes) {
        return tonnes.isPresent() ? OptionalDouble.of(tonnes.getAsDouble() / Units.T_PER_MT) : tonnes;
    }

    private ModelValue voyageDays(Windows window, String plant, String importer) {
        OptionalDouble mean = run.cargoes().stream()
                .filter(c -> c.origin().equals(plant) && c.importer().equals(importer))
                .filter(c -> !Double.isNaN(c.departedHours()) && !Double.isNaN(c.arrivedHours()))
                .filter(c -> window.holdsHours(c.departedHours()))
                .mapToDouble(c -> Units.hoursToDays(c.arrivedHours() - c.departedHours())).average();
        return ModelValue.of(mean, "no cargo of " + plant + " to " + importer + " departed in the window");
    }
}
