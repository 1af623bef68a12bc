package org.lngsim.charts;

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
import org.lngsim.files.InputFile;
import org.lngsim.output.RunSummary;
import org.lngsim.protocol.Purpose;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.load.ScenarioLoader;

/**
 * The saved files of one run folder, read once for every chart and the report. Nothing here
 * simulates: the resolved scenario is loaded only for names, places, dates and parameters.
 */
public final class RunFolder {

    public static final String SUMMARY = "summary.json";
    public static final String TIMESERIES = "timeseries.csv";
    public static final String COUNTERFACTUAL_TIMESERIES = "counterfactual/timeseries.csv";
    public static final String EVENTS = "events.csv";
    public static final String CARGOES = "cargoes.csv";
    public static final String SCENARIO = "scenario.resolved.yaml";
    public static final String RUN_JSON = "run.json";

    private final Path folder;
    private final RunSummary summary;
    private final Scenario scenario;
    private final DailySeries series;
    private final DailySeries counterfactualSeries;
    private final List<CargoRow> cargoes;
    private final List<Redirection> redirections;
    private final JsonNode runInfo;

    private RunFolder(Path folder, RunSummary summary, Scenario scenario, DailySeries series,
            DailySeries counterfactualSeries, List<CargoRow> cargoes, List<Redirection> redirections, JsonNode runInfo) {
        this.folder = folder;
        this.summary = summary;
        this.scenario = scenario;
        this.series = series;
        this.counterfactualSeries = counterfactualSeries;
        this.cargoes = List.copyOf(cargoes);
        this.redirections = List.copyOf(redirections);
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
        for (String required : List.of(SUMMARY, TIMESERIES, EVENTS, CARGOES, SCENARIO)) {
            if (!Files.isRegularFile(folder.resolve(required))) {
                throw new RunFolderException(folder + ": not a run folder (no " + required
                        + "); make one with 'lngsim run SCENARIO --out DIR'");
            }
        }
        RunSummary summary = readFile(folder, SUMMARY, RunSummary::read);
        Scenario scenario = readScenario(folder.resolve(SCENARIO));
        DailySeries series = readFile(folder, TIMESERIES, p -> DailySeries.read(p, summary.horizonDays()));
        DailySeries counterfactual = Files.isRegularFile(folder.resolve(COUNTERFACTUAL_TIMESERIES))
                ? readFile(folder, COUNTERFACTUAL_TIMESERIES, p -> DailySeries.read(p, summary.horizonDays()))
                : null;
        List<CargoRow> cargoes = readFile(folder, CARGOES, RunFolder::readCargoes);
        List<Redirection> redirections = readFile(folder, EVENTS, p -> readRedirections(p, cargoes));
        JsonNode runInfo = Files.isRegularFile(folder.resolve(RUN_JSON))
                ? readFile(folder, RUN_JSON, p -> new ObjectMapper().readTree(p.toFile()))
                : null;
        return new RunFolder(folder, summary, scenario, series, counterfactual, cargoes, redirections, runInfo);
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(Path file) throws IOException;
    }

    private static <T> T readFile(Path folder, String name, Reader<T> reader) throws RunFolderException {
        Path file = folder.resolve(name);
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
            return new ScenarioLoader().load(file).scenario();
        } catch (ScenarioException e) {
            throw new RunFolderException(file + ": not a valid resolved scenario: "
                    + e.problems().stream().limit(3).map(p -> p.render()).reduce((a, b) -> a + "; " + b).orElse(""), e);
        } catch (RuntimeException e) {
            throw new RunFolderException(file + ": cannot be read: " + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static List<CargoRow> readCargoes(Path file) throws IOException {
        CsvTable table = CsvTable.read(file);
        int cargo = table.column("cargo");
        int contract = table.column("contract");
        int origin = table.column("origin");
        int planned = table.column("plannedDestination");
        int actual = table.column("actualDestination");
        int importer = table.column("importer");
        int delivered = table.column("deliveredT");
        int departed = table.column("departedHours");
        int unloaded = table.column("unloadedHours");
        int chokepoints = table.column("chokepoints");
        int redirected = table.column("redirected");
        int status = table.column("status");
        List<CargoRow> rows = new ArrayList<>();
        for (String[] r : table.rows()) {
            rows.add(new CargoRow(r[cargo], r[contract], r[origin], r[planned], r[actual], r[importer],
                    number(r[delivered]), number(r[departed]), number(r[unloaded]),
                    r[chokepoints].isEmpty() ? List.of() : Arrays.asList(r[chokepoints].split(";")),
                    Boolean.parseBoolean(r[redirected]), r[status]));
        }
        return rows;
    }

    /**
     * Pairs each {@code cargo-redirected} event with the latest {@code cargo-released} of the same
     * cargo before it, and the cargo's unloading from {@code cargoes.csv}. The event detail reads
     * "{@code <purpose> from <donor>}"; the event's importer is the receiver.
     */
    private static List<Redirection> readRedirections(Path file, List<CargoRow> cargoes) throws IOException {
        CsvTable table = CsvTable.read(file);
        int time = table.column("timeHours");
        int type = table.column("type");
        int cargo = table.column("cargo");
        int importer = table.column("importer");
        int mass = table.column("massT");
        int detail = table.column("detail");
        Map<String, Double> releasedAt = new HashMap<>();
        Map<String, Double> unloadedAt = new HashMap<>();
        cargoes.forEach(c -> unloadedAt.put(c.cargo(), c.unloadedHours()));
        List<Redirection> redirections = new ArrayList<>();
        for (String[] r : table.rows()) {
            if (r[type].equals("cargo-released")) {
                releasedAt.put(r[cargo], number(r[time]));
            } else if (r[type].equals("cargo-redirected")) {
                String[] words = r[detail].split(" from ", 2);
                Purpose purpose = Purpose.ofLabel(words[0].trim());
                String donor = words.length > 1 ? words[1].trim() : "?";
                double redirectedHours = number(r[time]);
                double released = releasedAt.getOrDefault(r[cargo], redirectedHours);
                redirections.add(new Redirection(r[cargo], donor, r[importer], purpose, number(r[mass]), released,
                        unloadedAt.getOrDefault(r[cargo], Double.NaN)));
            }
        }
        return redirections;
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

    public List<Redirection> redirections() {
        return redirections;
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
