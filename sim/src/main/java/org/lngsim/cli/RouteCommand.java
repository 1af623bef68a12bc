package org.lngsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lngsim.geo.ChokepointPassage;
import org.lngsim.geo.Route;
import org.lngsim.scenario.Chokepoint;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.ScenarioGeography;
import org.lngsim.scenario.TypicalSpeed;
import org.lngsim.scenario.load.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lngsim route}: distance, sailing days and chokepoints between two places. */
@Command(name = "route", mixinStandardHelpOptions = true,
        description = "Print the sea route between two plants or terminals: distance, days at sea, chokepoints.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the route was computed (reachable or not)", "2:unknown id, bad option or invalid world"})
final class RouteCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "ID", description = "Plant or terminal id.")
    private String from;

    @Option(names = "--to", required = true, paramLabel = "ID", description = "Plant or terminal id.")
    private String to;

    @Option(names = "--closed", split = ",", paramLabel = "ID", description = "Chokepoints closed, e.g. hormuz,malacca.")
    private List<String> closed = new ArrayList<>();

    @Option(names = "--speed", paramLabel = "KN",
            description = "Speed in knots (default: the world fleet's typical speed).")
    private Double speedKn;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Mixin
    private WorldOption worldOption;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Scenario scenario;
        try {
            scenario = new ScenarioLoader().load(worldOption.world()).scenario();
        } catch (ScenarioException e) {
            worldOption.missingDefaultHint().ifPresent(err::println);
            return ProblemReport.invalid(err, e.problems());
        }
        ScenarioGeography geography = new ScenarioGeography(scenario);
        String usageProblem = checkArguments(scenario, geography);
        if (usageProblem != null) {
            err.println("lngsim route: " + usageProblem);
            err.flush();
            return ExitCodes.INVALID_INPUT;
        }
        double speed = speedKn != null ? speedKn : TypicalSpeed.of(scenario);
        Route route = geography.route(from, to, new LinkedHashSet<>(closed));
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? json(route, speed) : text(route, speed));
        out.flush();
        return ExitCodes.OK;
    }

    private String checkArguments(Scenario scenario, ScenarioGeography geography) {
        for (String id : List.of(from, to)) {
            if (geography.place(id).isEmpty()) {
                return "unknown place '" + id + "'; known plants and terminals: " + String.join(", ", geography.placeIds());
            }
        }
        List<String> chokepoints = scenario.chokepoints().stream().map(Chokepoint::id).toList();
        for (String id : closed) {
            if (!chokepoints.contains(id)) {
                return "unknown chokepoint '" + id + "'; known chokepoints: " + String.join(", ", chokepoints);
            }
        }
        if (speedKn != null && !(speedKn > 0 && speedKn <= 30)) {
            return "--speed must be between 0 and 30 knots (got " + speedKn + ")";
        }
        return null;
    }

    private String text(Route route, double speed) {
        String closedText = closed.isEmpty() ? "" : " with " + String.join(", ", closed) + " closed";
        if (!route.reachable()) {
            return String.format(Locale.ROOT, "%s -> %s%s: unreachable (%s)%n", from, to, closedText,
                    route.unreachableReason());
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s -> %s%s: %,.0f nm, %.1f days at %.1f kn%n", from, to, closedText, route.distanceNm(),
                route.sailingDays(speed), speed));
        if (route.chokepoints().isEmpty()) {
            text.append("  chokepoints: none\n");
        }
        for (ChokepointPassage passage : route.chokepoints()) {
            text.append(String.format(Locale.ROOT, "  %-16s at %,7.0f nm%n", passage.id(), passage.distanceFromOriginNm()));
        }
        return text.toString();
    }

    private String json(Route route, double speed) throws Exception {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("from", from);
        answer.put("to", to);
        answer.put("closed", List.copyOf(new LinkedHashSet<>(closed)));
        answer.put("reachable", route.reachable());
        answer.put("distanceNm", route.reachable() ? round(route.distanceNm(), 1) : null);
        answer.put("days", route.reachable() ? round(route.sailingDays(speed), 2) : null);
        answer.put("speedKn", speed);
        List<Map<String, Object>> passages = new ArrayList<>();
        for (ChokepointPassage passage : route.chokepoints()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", passage.id());
            entry.put("distanceNm", round(passage.distanceFromOriginNm(), 1));
            passages.add(entry);
        }
        answer.put("chokepoints", passages);
        if (!route.reachable()) {
            answer.put("reason", route.unreachableReason());
        }
        return new ObjectMapper().writeValueAsString(answer) + System.lineSeparator();
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
