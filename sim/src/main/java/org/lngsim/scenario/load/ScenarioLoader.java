package org.lngsim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.lngsim.scenario.LoadedScenario;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.Scenario;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.yaml.Location;
import org.lngsim.scenario.yaml.YamlNode;

/**
 * Loads a scenario file in full before anything runs: reads it and its {@code extends} chain,
 * applies {@code --set} overrides, checks structure, references and consistency, and reports
 * every problem at once; only a scenario without problems is bound to records, and then checked
 * against the sea-lane network (places near a lane, every contract's route open). Values that are
 * valid but probably slips (a percentage written as a fraction, a window ending past the horizon)
 * do not stop the load: they come back as {@link LoadedScenario#warnings()}.
 *
 * <p>{@link #withoutNetworkCheck()} skips the sea-lane network check, and only it: for a resolved
 * scenario saved in a run folder, which passed the check when the run was made. Reading a run
 * back must not build a router and route every contract again.
 */
public final class ScenarioLoader {

    private static final SchemaCheck SCHEMA_CHECK = new SchemaCheck();

    private final boolean checkNetwork;

    /** A loader that checks everything, the sea-lane network included. */
    public ScenarioLoader() {
        this(true);
    }

    private ScenarioLoader(boolean checkNetwork) {
        this.checkNetwork = checkNetwork;
    }

    /** A loader that checks everything but the sea-lane network (see the class comment). */
    public static ScenarioLoader withoutNetworkCheck() {
        return new ScenarioLoader(false);
    }

    /** Loads {@code file} with {@code overrides} ({@code path=value}). */
    public LoadedScenario load(Path file, List<String> overrides) throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        List<SetOverride> parsed = SetOverride.parseAll(overrides, problems);
        ScenarioComposer composer = new ScenarioComposer();
        YamlNode composed = composer.compose(file);
        YamlNode root = SetOverride.applyAll(composed, parsed, problems);
        JsonNode json = JsonTree.of(root);
        ProblemCollector warnings = new ProblemCollector(root);
        problems.addAll(SCHEMA_CHECK.check(root, json));
        problems.addAll(consistencyProblems(root, json, warnings));
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        Scenario scenario = bind(root, json);
        if (checkNetwork) {
            ProblemCollector networkProblems = new ProblemCollector(root);
            new NetworkCheck(networkProblems).run(scenario);
            if (!networkProblems.problems().isEmpty()) {
                throw new ScenarioException(networkProblems.problems());
            }
        }
        return new LoadedScenario(scenario, json, composer.filesRead(), hash(json), warnings.problems());
    }

    public LoadedScenario load(Path file) throws ScenarioException {
        return load(file, List.of());
    }

    /** The problems of references and consistency; plausible slips go to {@code warnings}. */
    private static List<Problem> consistencyProblems(YamlNode root, JsonNode json, ProblemCollector warnings) {
        if (!(json instanceof ObjectNode)) {
            return List.of();
        }
        Entries entries = new Entries(json);
        ProblemCollector collector = new ProblemCollector(root);
        new ReferenceCheck(entries, collector).run();
        new ConsistencyCheck(entries, collector, warnings).run();
        new SlipCheck(json, warnings).run();
        return collector.problems();
    }

    private static Scenario bind(YamlNode root, JsonNode json) throws ScenarioException {
        try {
            return ScenarioBinder.bind(json);
        } catch (IOException e) {
            // Every binding failure should have been caught as a problem above; say so plainly.
            Location at = root.location();
            throw new ScenarioException(List.of(new Problem(at, "", "cannot read the scenario: "
                    + e.getMessage().lines().findFirst().orElse("") + " (please report this as a bug)")));
        }
    }

    private static String hash(JsonNode json) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(json.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
