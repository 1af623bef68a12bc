package org.lngsim.runfolder.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lngsim.events.CargoCancelled;
import org.lngsim.events.CargoRedirected;
import org.lngsim.events.CargoReleased;
import org.lngsim.files.InputFile;
import org.lngsim.geo.GeoPoint;
import org.lngsim.output.RunSummary;
import org.lngsim.protocol.Purpose;
import org.lngsim.runfolder.CargoColumn;
import org.lngsim.runfolder.CargoStatus;
import org.lngsim.runfolder.EventColumn;
import org.lngsim.runfolder.RouteColumn;
import org.lngsim.runfolder.RunFile;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;

/**
 * The saved files of one run folder, read once for every chart and the report. Nothing here
 * simulates or routes: the resolved scenario is loaded for names, places, dates and parameters
 * only, without the sea-lane network check it passed when the run was made.
 */
public final class RunFolder {

    /** The files a run folder must hold; the counterfactual's series and run.json may be missing. */
    private static final List<RunFile> REQUIRED = List.of(RunFile.SUMMARY, RunFile.TIMESERIES, RunFile.EVENTS,
            RunFile.CARGOES, RunFile.ROUTES, RunFile.SCENARIO);

    private final Path folder;
    private final RunSummary summary;
    private final Scenario scenario;
    private final DailySeries series;
    private final DailySeries counterfactualSeries;
    private final List<CargoRow> cargoes;
    private final List<SailedRoute> routes;
    private final List<Redirection> redirections;
    private final List<Cancellation> cancellations;
    private final JsonNode runInfo;

    private RunFolder(Path folder, RunSummary summary, Scenario scenario, DailySeries series,
            DailySeries counterfactualSeries, List<CargoRow> cargoes, List<SailedRoute> routes,
            EventsRead events, JsonNode runInfo) {
        this.folder = folder;
        this.summary = summary;
        this.scenario = scenario;
        this.series = series;
        this.counterfactualSeries = counterfactualSeries;
        this.cargoes = List.copyOf(cargoes);
        this.routes = List.copyOf(routes);
        this.redirections = List.copyOf(events.redirections());
        this.cancellations = List.copyOf(events.cancellations());
        this.runInfo = runInfo;
    }

    /**
     * Reads a run folder. Every problem is reported as a {@link RunFolderException} whose message
     * names the folder or file, so the command line can show it without a stack trace.
     */
    public static RunFolder read(Path folder) throws RunFolderException {
        Optional<String> notAFolder = InputFile.folderRefusal(folder);
        if (notAFolder.isPresent()) {
            throw new RunFolderException(folder + ": " + notAFolder.get());
        }
        for (RunFile required : REQUIRED) {
            if (!Files.isRegularFile(required.in(folder))) {
                throw new RunFolderException(folder + ": not a run folder (no " + required
                        + "); make one with 'lngsim run SCENARIO --out DIR'");
            }
        }
        RunSummary summary = readFile(folder, RunFile.SUMMARY, RunSummary::read);
        Scenario scenario = readScenario(RunFile.SCENARIO.in(folder));
        DailySeries series = readFile(folder, RunFile.TIMESERIES, p -> DailySeries.read(p, summary.horizonDays()));
        DailySeries counterfactual = Files.isRegularFile(RunFile.COUNTERFACTUAL_TIMESERIES.in(folder))
                ? readFile(folder, RunFile.COUNTERFACTUAL_TIMESERIES, p -> DailySeries.read(p, summary.horizonDays()))
                : null;
        List<CargoRow> cargoes = readFile(folder, RunFile.CARGOES, RunFolder::readCargoes);
        List<SailedRoute> routes = readFile(folder, RunFile.ROUTES, RunFolder::readRoutes);
        EventsRead events = readFile(folder, RunFile.EVENTS, p -> readEvents(p, cargoes));
        JsonNode runInfo = Files.isRegularFile(RunFile.RUN_JSON.in(folder))
                ? readFile(folder, RunFile.RUN_JSON, p -> new ObjectMapper().readTree(p.toFile()))
                : null;
        return new RunFolder(folder, summary, scenario, series, counterfactual, cargoes, routes, events, runInfo);
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(Path file) throws IOException;
    }

    private static <T> T readFile(Path folder, RunFile name, Reader<T> reader) throws RunFolderException {
        Path file = name.in(folder);
        try {
            T value = reader.read(file);
            if (value == null) {
                throw new IOException("the file is empty");
            }
            return value;
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
            throw new RunFolderException(file + ": cannot be read: " + reason, e);
        }
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private static Scenario readScenario(Path file) throws RunFolderException {
        try {
            return ScenarioLoader.withoutNetworkCheck().load(file).scenario();
        } catch (ScenarioException e) {
            throw new RunFolderException(file + ": not a valid resolved scenario: "
                    + e.problems().stream().limit(3).map(p -> p.render()).reduce((a, b) -> a + "; " + b).orElse(""), e);
        } catch (RuntimeException e) {
            throw new RunFolderException(file + ": cannot be read: " + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static List<CargoRow> readCargoes(Path file) throws IOException {
        CsvTable table = CsvTable.read(file);
        int cargo = table.column(CargoColumn.CARGO);
        int contract = table.column(CargoColumn.CONTRACT);
        int origin = table.column(CargoColumn.ORIGIN);
        int planned = table.column(CargoColumn.PLANNED_DESTINATION);
        int actual = table.column(CargoColumn.ACTUAL_DESTINATION);
        int importer = table.column(CargoColumn.IMPORTER);
        int delivered = table.column(CargoColumn.DELIVERED_T);
        int departed = table.column(CargoColumn.DEPARTED_HOURS);
        int arrived = table.column(CargoColumn.ARRIVED_HOURS);
        int unloaded = table.column(CargoColumn.UNLOADED_HOURS);
        int chokepoints = table.column(CargoColumn.CHOKEPOINTS);
        int redirected = table.column(CargoColumn.REDIRECTED);
        int status = table.column(CargoColumn.STATUS);
        List<CargoRow> rows = new ArrayList<>();
        for (String[] r : table.rows()) {
            rows.add(new CargoRow(r[cargo], r[contract], r[origin], r[planned], r[actual], r[importer],
                    number(r[delivered]), number(r[departed]), number(r[arrived]), number(r[unloaded]), list(r[chokepoints]),
                    Boolean.parseBoolean(r[redirected]), CargoStatus.of(r[status])));
        }
        return rows;
    }

    private static List<String> list(String field) {
        return field.isEmpty() ? List.of() : Arrays.asList(field.split(CargoColumn.LIST_SEPARATOR));
    }

    private static List<SailedRoute> readRoutes(Path file) throws IOException {
        CsvTable table = CsvTable.read(file);
        int cargo = table.column(RouteColumn.CARGO);
        int origin = table.column(RouteColumn.ORIGIN);
        int destination = table.column(RouteColumn.DESTINATION);
        int reroutes = table.column(RouteColumn.REROUTES);
        int waypoints = table.column(RouteColumn.WAYPOINTS);
        List<SailedRoute> routes = new ArrayList<>();
        for (String[] r : table.rows()) {
            routes.add(new SailedRoute(r[cargo], r[origin], r[destination], Integer.parseInt(r[reroutes]),
                    waypoints(r[waypoints])));
        }
        return routes;
    }

    private static List<GeoPoint> waypoints(String field) {
        List<GeoPoint> points = new ArrayList<>();
        if (field.isEmpty()) {
            return points;
        }
        for (String point : field.split(RouteColumn.POINT_SEPARATOR)) {
            String[] lonLat = point.split(RouteColumn.LON_LAT_SEPARATOR, 2);
            if (lonLat.length != 2) {
                throw new IllegalArgumentException("not a 'lon lat' point: '" + point + "'");
            }
            points.add(GeoPoint.ofLonLat(number(lonLat[0]), number(lonLat[1])));
        }
        return points;
    }

    /** What the charts and the back-casts take from {@code events.csv}, read in one pass. */
    private record EventsRead(List<Redirection> redirections, List<Cancellation> cancellations) {
    }

    /**
     * Pairs each {@code cargo-redirected} event with the latest {@code cargo-released} of the same
     * cargo before it, and the cargo's unloading from {@code cargoes.csv}. The event detail reads
     * "{@code <purpose> from <donor>}"; the event's importer is the receiver.
     */
    private static EventsRead readEvents(Path file, List<CargoRow> cargoes) throws IOException {
        CsvTable table = CsvTable.read(file);
        int time = table.column(EventColumn.TIME_HOURS);
        int type = table.column(EventColumn.TYPE);
        int cargo = table.column(EventColumn.CARGO);
        int importer = table.column(EventColumn.IMPORTER);
        int mass = table.column(EventColumn.MASS_T);
        int detail = table.column(EventColumn.DETAIL);
        int contract = table.column(EventColumn.CONTRACT);
        int plant = table.column(EventColumn.PLANT);
        List<Cancellation> cancellations = new ArrayList<>();
        Map<String, Double> releasedAt = new HashMap<>();
        Map<String, Double> unloadedAt = new HashMap<>();
        cargoes.forEach(c -> unloadedAt.put(c.cargo(), c.unloadedHours()));
        List<Redirection> redirections = new ArrayList<>();
        for (String[] r : table.rows()) {
            if (r[type].equals(CargoCancelled.TYPE)) {
                cancellations.add(new Cancellation(r[contract], r[plant], r[importer], number(r[time]), r[detail]));
            } else if (r[type].equals(CargoReleased.TYPE)) {
                releasedAt.put(r[cargo], number(r[time]));
            } else if (r[type].equals(CargoRedirected.TYPE)) {
                String[] words = r[detail].split(" from ", 2);
                Purpose purpose = Purpose.ofLabel(words[0].trim());
                String donor = words.length > 1 ? words[1].trim() : "?";
                double redirectedHours = number(r[time]);
                double released = releasedAt.getOrDefault(r[cargo], redirectedHours);
                redirections.add(new Redirection(r[cargo], donor, r[importer], purpose, number(r[mass]), released,
                        unloadedAt.getOrDefault(r[cargo], Double.NaN)));
            }
        }
        return new EventsRead(redirections, cancellations);
    }

    static double number(String text) {
        if (text == null || text.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: '" + text + "'");
        }
    }

    public Path folder() {
        return folder;
    }

    public RunSummary summary() {
        return summary;
    }

    public Scenario scenario() {
        return scenario;
    }

    public DailySeries series() {
        return series;
    }

    /** The protocol-off run's series; empty when the protocol was off or the counterfactual skipped. */
    public Optional<DailySeries> counterfactualSeries() {
        return Optional.ofNullable(counterfactualSeries);
    }

    public List<CargoRow> cargoes() {
        return cargoes;
    }

    /** The routes the cargoes sailed, from {@code routes.csv}, in the order their stories ended. */
    public List<SailedRoute> routes() {
        return routes;
    }

    public List<Redirection> redirections() {
        return redirections;
    }

    /** Programmed cargoes that never loaded, in time order. */
    public List<Cancellation> cancellations() {
        return cancellations;
    }

    /** {@code run.json} (program version, seed, input hash), when present. */
    public Optional<JsonNode> runInfo() {
        return Optional.ofNullable(runInfo);
    }

    /** Display name of an importer ("Japan" for "japan"); the id when the scenario does not name it. */
    public String importerName(String id) {
        return scenario.importers().stream().filter(i -> i.id().equals(id)).map(i -> i.name()).findFirst().orElse(id);
    }

    /** Country of each plant, by plant id, in scenario order. */
    public Map<String, String> plantCountries() {
        Map<String, String> countries = new LinkedHashMap<>();
        scenario.plants().forEach(p -> countries.put(p.id(), p.country() == null ? p.id() : p.country()));
        return countries;
    }
}
