package org.lngsim.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lngsim.scenario.yaml.Location;
import org.lngsim.scenario.yaml.MapNode;
import org.lngsim.scenario.yaml.Quoted;
import org.lngsim.scenario.yaml.YamlNode;

/**
 * A path into a scenario tree as keys and list indexes, written {@code contracts[3].seller}.
 */
public record TreePath(List<Object> steps) {

    public static final TreePath ROOT = new TreePath(List.of());

    public TreePath {
        steps = List.copyOf(steps);
    }

    public TreePath key(String key) {
        List<Object> next = new ArrayList<>(steps);
        next.add(key);
        return new TreePath(next);
    }

    public TreePath index(int index) {
        List<Object> next = new ArrayList<>(steps);
        next.add(index);
        return new TreePath(next);
    }

    public boolean isRoot() {
        return steps.isEmpty();
    }

    public TreePath parent() {
        return new TreePath(steps.subList(0, Math.max(0, steps.size() - 1)));
    }

    public Object last() {
        return steps.get(steps.size() - 1);
    }

    /**
     * Where this path points in {@code root}: the key of a map entry when {@code atKey}, else the
     * value; when the path is missing, the nearest existing ancestor.
     */
    public Location locate(YamlNode root, boolean atKey) {
        YamlNode node = root;
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            boolean lastStep = i == steps.size() - 1;
            if (lastStep && atKey && node instanceof MapNode map && step instanceof String key) {
                Optional<Location> keyLocation = map.keyLocation(key);
                if (keyLocation.isPresent()) {
                    return keyLocation.get();
                }
            }
            Optional<YamlNode> next = node.child(step);
            if (next.isEmpty()) {
                return node.location();
            }
            node = next.get();
        }
        return node.location();
    }

    /** Keys are shortened like quoted text: an unknown key may be a whole line of some other file. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Object step : steps) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(Quoted.shortened((String) step));
            }
        }
        return text.toString();
    }
}
