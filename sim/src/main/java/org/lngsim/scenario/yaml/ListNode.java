package org.lngsim.scenario.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A YAML sequence. */
public record ListNode(Location location, List<YamlNode> items) implements YamlNode {

    public ListNode {
        items = List.copyOf(items);
    }

    /** A copy with the item at {@code index} replaced. */
    public ListNode with(int index, YamlNode value) {
        List<YamlNode> copy = new ArrayList<>(items);
        copy.set(index, value);
        return new ListNode(location, copy);
    }

    @Override
    public Optional<YamlNode> child(Object step) {
        if (step instanceof Integer index && index >= 0 && index < items.size()) {
            return Optional.of(items.get(index));
        }
        return Optional.empty();
    }

    @Override
    public String kindName() {
        return "a list";
    }
}
