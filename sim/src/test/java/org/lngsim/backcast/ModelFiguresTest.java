package org.lngsim.backcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.run.ScenarioRunner;
import org.lngsim.runfolder.read.RunFolder;
import org.lngsim.scenario.load.ScenarioLoader;
import org.lngsim.scenario.yaml.Location;

/**
 * Each metric computed from a real run folder of the mini world (Ras Laffan down in February),
 * against the same figure counted here straight from the folder's CSV lines.
 */
class ModelFiguresTest {

    private static final LocalDate YEAR_START = LocalDate.of(2024, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 30);

    @TempDir
    static Path dir;
    private static RunFolder run;
    private static ModelFigures figures;
    private static List<String[]> cargoLines;

    @BeforeAll
    static void runTheMiniOutage() throws Exception {
        Path library = MiniBackcast.library(dir.resolve("library"), "", null);
        Path folder = new ScenarioRunner("test").run(new ScenarioLoader().load(
                library.resolve(MiniBackcast.EVENT).resolve(BackcastLibrary.SCENARIO_FILE)), dir.resolve("run"),
                List.of(), false).folder();
        run = RunFolder.read(folder);
        figures = new ModelFigures(run);
        cargoLines = lines(folder.resolve("cargoes.csv"));
    }

    private static List<String[]> lines(Path csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    private static double figure(Metric metric, String subject, LocalDate from, LocalDate to) {
        Observation o = new Observation("f", metric, subject, from, to, OptionalDouble.empty(), OptionalDouble.of(0),
                OptionalDouble.empty(), "test", "", "", Location.of("test"));
        return figures.of(o).value().orElseThrow();
    }

    /** cargoes.csv: importer 6, deliveredT 8, departedHours 11, arrivedHours 12, unloadedHours 13, status 16. */
    private static double deliveredMt(String importer, double fromHours, double toHours) {
        return cargoLines.stream().filter(r -> r[6].equals(importer) && r[16].equals("delivered"))
                .filter(r -> Double.parseDouble(r[13]) >= fromHours && Double.parseDouble(r[13]) < toHours)
                .mapToDouble(r -> Double.parseDouble(r[8])).sum() / 1e6;
    }

    @Test
    void importsAreTheMassUnloadedInTheWindow() {
        assertThat(figure(Metric.IMPORTS, "india", YEAR_START, YEAR_END)).isCloseTo(deliveredMt("india", 0, 365 * 24), within(1e-9));
        // March is days 60..90 of a leap year
        assertThat(figure(Metric.IMPORTS, "india", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))
                .isCloseTo(deliveredMt("india", 60 * 24, 91 * 24), within(1e-9));
        assertThat(figure(Metric.IMPORTS, "japan", YEAR_START, YEAR_END))
                .isCloseTo(run.summary().importers().get("japan").deliveredMt(), within(1e-5));
    }

    @Test
    void supplierSharesFollowThePlantsCountries() {
        // in the mini world Japan buys only from Gladstone and India only from Ras Laffan
        assertThat(figure(Metric.SUPPLIER_SHARE, "japan/australia", YEAR_START, YEAR_END)).isEqualTo(100.0);
        assertThat(figure(Metric.SUPPLIER_SHARE, "japan/qatar", YEAR_START, YEAR_END)).isEqualTo(0.0);
        assertThat(figure(Metric.SUPPLIER_IMPORTS, "india/qatar+australia", YEAR_START, YEAR_END))
                .isCloseTo(deliveredMt("india", 0, 365 * 24), within(1e-9));
    }

    @Test
    void chokepointShareCountsCargoesThatPassedIt() {
        // Ras Laffan to Dahej passes Hormuz; nothing of Japan's does
        assertThat(figure(Metric.CHOKEPOINT_SHARE, "india/hormuz", YEAR_START, YEAR_END)).isEqualTo(100.0);
        assertThat(figure(Metric.CHOKEPOINT_SHARE, "japan/hormuz", YEAR_START, YEAR_END)).isEqualTo(0.0);
    }

    @Test
    void terminalFiguresAgreeWithTheSummaryAndTheCargoList() {
        assertThat(figure(Metric.TERMINAL_UTILISATION, "dahej", YEAR_START, YEAR_END))
                .isCloseTo(run.summary().terminals().get("dahej").utilisationPct(), within(0.01));
        long unloadedAtDahej = cargoLines.stream().filter(r -> r[5].equals("dahej") && r[16].equals("delivered")).count();
        assertThat(figure(Metric.TERMINAL_CARGOES, "dahej", YEAR_START, YEAR_END)).isEqualTo(unloadedAtDahej);
    }

    @Test
    void monthlyCargoesAreTheQuietestAndBusiestWholeMonth() {
        int[] byMonth = new int[12];
        cargoLines.stream().filter(r -> r[6].equals("india") && r[16].equals("delivered"))
                .mapToDouble(r -> Double.parseDouble(r[13]))
                .filter(h -> h < 365 * 24)
                .forEach(h -> byMonth[YEAR_START.plusDays((long) (h / 24)).getMonthValue() - 1]++);
        // December is cut short by the horizon (ends 30 December), so it is not a whole month
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int m = 0; m < 11; m++) {
            min = Math.min(min, byMonth[m]);
            max = Math.max(max, byMonth[m]);
        }
        assertThat(figure(Metric.MONTHLY_CARGOES_MIN, "india", YEAR_START, YEAR_END)).isEqualTo(min);
        assertThat(figure(Metric.MONTHLY_CARGOES_MAX, "india", YEAR_START, YEAR_END)).isEqualTo(max);
    }

    @Test
    void stocksAreTheEndOfDayStockOfTheHolder() {
        assertThat(figure(Metric.STOCK_MIN, "japan", YEAR_START, YEAR_END))
                .isCloseTo(run.summary().importers().get("japan").minStockMt(), within(1e-5));
        double[] dahej = run.series().values("dahej", "stock");
        assertThat(figure(Metric.STOCK, "dahej", LocalDate.of(2024, 1, 11), LocalDate.of(2024, 1, 11)))
                .isCloseTo(dahej[10] / 1e6, within(1e-12));
        assertThat(figure(Metric.STOCK, "dahej", LocalDate.of(2024, 1, 11), LocalDate.of(2024, 1, 12)))
                .isCloseTo((dahej[10] + dahej[11]) / 2e6, within(1e-12));
    }

    @Test
    void voyageDaysAreDepartureToArrival() {
        double mean = cargoLines.stream().filter(r -> r[3].equals("ras-laffan") && r[6].equals("india"))
                .filter(r -> !r[11].isEmpty() && !r[12].isEmpty())
                .filter(r -> Double.parseDouble(r[11]) < 31 * 24)
                .mapToDouble(r -> (Double.parseDouble(r[12]) - Double.parseDouble(r[11])) / 24).average().orElseThrow();
        assertThat(figure(Metric.VOYAGE_DAYS, "ras-laffan/india", YEAR_START, LocalDate.of(2024, 1, 31)))
                .isCloseTo(mean, within(1e-9));
    }

    @Test
    void cancelledCargoesAreCountedInTheOutageOnly() throws IOException {
        long cancelledInFebruary = Files.readAllLines(run.folder().resolve("events.csv")).stream()
                .filter(l -> l.contains(",cargo-cancelled,")).map(l -> l.split(",", -1))
                .filter(r -> Double.parseDouble(r[0]) >= 31 * 24 && Double.parseDouble(r[0]) < 60 * 24).count();
        assertThat(cancelledInFebruary).isPositive();
        assertThat(figure(Metric.CARGOES_CANCELLED, "ras-laffan", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)))
                .isEqualTo(cancelledInFebruary);
        assertThat(figure(Metric.CARGOES_CANCELLED, "gladstone", YEAR_START, YEAR_END)).isZero();
    }

    @Test
    void shortfallsAreSummedOrSharedOverTheWindow() {
        assertThat(figure(Metric.UNSERVED_ENERGY, "tokyo", YEAR_START, YEAR_END))
                .isCloseTo(run.summary().grids().get("tokyo").unservedGWh(), within(0.01));
        assertThat(figure(Metric.GAS_UNSERVED, "india", YEAR_START, YEAR_END))
                .isCloseTo(run.summary().gasPools().get("india").unservedPct(), within(0.01));
        double[] served = run.series().values("india/fertiliser", "served");
        double[] demand = run.series().values("india/fertiliser", "demand");
        assertThat(figure(Metric.SECTOR_SERVED, "india/fertiliser", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1)))
                .isCloseTo(100 * served[60] / demand[60], within(1e-9));
    }

    @Test
    void powerPricesAreNotModelledAndSaySo() {
        Observation jepx = new Observation("jepx", Metric.JEPX_PRICE, "japan", YEAR_START, YEAR_START, OptionalDouble.of(12),
                OptionalDouble.of(10), OptionalDouble.of(14), "test", "", "", Location.of("test"));
        ModelValue value = figures.of(jepx);
        assertThat(value.present()).isFalse();
        assertThat(value.missing()).contains("not modelled");
        assertThat(Verdict.of(jepx, value)).isEqualTo(Verdict.NOT_MODELLED);
    }

    @Test
    void theSpotPriceOfARunWithoutAMarketIsMissingWithItsReason() {
        // the mini world has no market block, so its run folder has no price rows
        Observation jkm = new Observation("jkm", Metric.JKM_PRICE, "asia", YEAR_START, YEAR_START, OptionalDouble.of(12),
                OptionalDouble.of(10), OptionalDouble.of(14), "test", "", "", Location.of("test"));
        ModelValue value = figures.of(jkm);
        assertThat(value.present()).isFalse();
        assertThat(value.missing()).contains("is the scenario's market on");
    }
}
