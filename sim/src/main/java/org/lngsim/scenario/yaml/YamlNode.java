package org.lngsim.scenario.yaml;

import java.util.List;
import java.util.Optional;

/** A node of a located YAML tree: a mapping, a sequence or a scalar. Immutable. */
public sealed interface YamlNode permits MapNode, ListNode, ScalarNode {

    Location location();

    /** What a user would call this kind of node in a message. */
    String kindName();

    /**
     * The node at a path of keys ({@code String}) and indexes ({@code Integer}), if present.
     */
    default Optional<YamlNode> at(List<?> path) {
        YamlNode node = this;
        for (Object step : path) {
            Optional<YamlNode> next = node.child(step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    default Optional<YamlNode> child(Object step) {
        return Optional.empty();
    }
}
