package org.lngsim.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.yaml.ListNode;
import org.lngsim.scenario.yaml.Location;
import org.lngsim.scenario.yaml.MapNode;
import org.lngsim.scenario.yaml.Quoted;
import org.lngsim.scenario.yaml.ScalarNode;
import org.lngsim.scenario.yaml.YamlLimits;
import org.lngsim.scenario.yaml.YamlNode;
import org.lngsim.scenario.yaml.YamlReader;
import org.lngsim.scenario.yaml.YamlSyntaxException;

/**
 * A command-line override {@code path=value}, e.g. {@code protocol.enabled=false} or
 * {@code disruptions[0].endDay=90}. The value is read as YAML, so numbers, booleans, lists and
 * mappings all work; its location names the override as given.
 */
public record SetOverride(String text, TreePath path, YamlNode value) {

    private static final Pattern STEP = Pattern.compile("([A-Za-z][A-Za-z0-9_-]*)((?:\\[[0-9]+\\])*)");
    private static final Pattern INDEX = Pattern.compile("\\[([0-9]+)\\]");

    /** Parses {@code path=value}; a malformed override is a problem located at the override. */
    public static SetOverride parse(String text) throws OverrideException {
        String source = "--set " + text;
        int equals = text.indexOf('=');
        if (equals <= 0) {
            throw new OverrideException(new Problem(new Location(source, 1, 1), "",
                    "expected path=value, e.g. protocol.enabled=false"));
        }
        TreePath path = parsePath(text.substring(0, equals), source);
        if (path.steps().get(0).equals(ScenarioComposer.EXTENDS)) {
            // the chain was followed before overrides apply, so another base could never take effect
            throw new OverrideException(new Problem(new Location(source, 1, 1), ScenarioComposer.EXTENDS,
                    "cannot be overridden with --set (the files are merged before overrides apply); "
                            + "change the scenario's 'extends' line instead"));
        }
        String valueText = text.substring(equals + 1);
        YamlNode value;
        try {
            value = valueText.isBlank()
                    ? new ScalarNode(new Location(source, 1, equals + 2), "")
                    : shift(new YamlReader(YamlLimits.SCENARIO).readText(valueText, source), equals + 1);
        } catch (YamlSyntaxException e) {
            throw new OverrideException(new Problem(e.location(), path.toString(), e.getMessage()));
        }
        return new SetOverride(text, path, value);
    }

    private static TreePath parsePath(String pathText, String source) throws OverrideException {
        TreePath path = TreePath.ROOT;
        int column = 1;
        for (String part : pathText.split("\\.", -1)) {
            Matcher matcher = STEP.matcher(part);
            if (!matcher.matches()) {
                throw new OverrideException(new Problem(new Location(source, 1, column), pathText,
                        Quoted.of(part) + " is not a valid path step; write keys and [indexes], e.g. disruptions[0].endDay"));
            }
            path = path.key(matcher.group(1));
            Matcher index = INDEX.matcher(matcher.group(2));
            while (index.find()) {
                try {
                    path = path.index(Integer.parseInt(index.group(1)));
                } catch (NumberFormatException e) {
                    // more digits than an int holds (found by Jazzer); no list is that long
                    throw new OverrideException(new Problem(new Location(source, 1, column), pathText,
                            "index [" + index.group(1) + "] is too large for a list"));
                }
            }
            column += part.length() + 1;
        }
        return path;
    }

    /** Values are parsed on their own; move their columns to where they sit in the override. */
    private static YamlNode shift(YamlNode node, int columns) {
        if (node instanceof ScalarNode scalar) {
            return new ScalarNode(shift(scalar.location(), columns), scalar.value());
        }
        return node;
    }

    private static Location shift(Location location, int columns) {
        return location.line() == 1 ? new Location(location.source(), 1, location.column() + columns) : location;
    }

    /** Applies this override to a tree; a path through a missing list item or a scalar is a problem. */
    public YamlNode applyTo(YamlNode root) throws OverrideException {
        return apply(root, 0);
    }

    private YamlNode apply(YamlNode node, int depth) throws OverrideException {
        if (depth == path.steps().size()) {
            return value;
        }
        Object step = path.steps().get(depth);
        TreePath reached = new TreePath(path.steps().subList(0, depth));
        Location at = new Location("--set " + text, 1, 1);
        if (step instanceof String key) {
            if (!(node instanceof MapNode map)) {
                throw new OverrideException(new Problem(at, reached.toString(),
                        "cannot set " + Quoted.of(key) + " inside " + node.kindName()));
            }
            YamlNode child = map.get(key).orElse(new MapNode(at, Map.of()));
            return map.with(key, at, apply(child, depth + 1));
        }
        int index = (Integer) step;
        if (!(node instanceof ListNode list)) {
            throw new OverrideException(new Problem(at, reached.toString(),
                    "cannot take item [" + index + "] of " + node.kindName()));
        }
        if (index >= list.items().size()) {
            throw new OverrideException(new Problem(at, reached.toString(), "index " + index
                    + " is out of range: the list has " + list.items().size() + " items"));
        }
        return list.with(index, apply(list.items().get(index), depth + 1));
    }

    /** Applies overrides in order, collecting every problem. */
    static YamlNode applyAll(YamlNode root, List<SetOverride> overrides, List<Problem> problems) {
        YamlNode result = root;
        for (SetOverride override : overrides) {
            try {
                result = override.applyTo(result);
            } catch (OverrideException e) {
                problems.add(e.problem());
            }
        }
        return result;
    }

    /** Parses overrides, collecting every problem. */
    static List<SetOverride> parseAll(List<String> texts, List<Problem> problems) {
        List<SetOverride> overrides = new ArrayList<>();
        for (String text : texts) {
            try {
                overrides.add(parse(text));
            } catch (OverrideException e) {
                problems.add(e.problem());
            }
        }
        return overrides;
    }

    /** A malformed or inapplicable override. */
    public static final class OverrideException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        OverrideException(Problem problem) {
            super(problem.render());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
