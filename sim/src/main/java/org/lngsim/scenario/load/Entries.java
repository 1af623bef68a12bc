package org.lngsim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Tolerant reading of a scenario tree that may still hold structural problems: a field of the
 * wrong type reads as absent, so consistency checks can run alongside the schema check and the
 * user sees every problem at once.
 */
record Entries(JsonNode root) {

    /** One element of a top-level list, with its path. */
    record Item(TreePath path, JsonNode node) {

        Optional<String> text(String field) {
            JsonNode value = node.get(field);
            return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
        }

        OptionalDouble number(String field) {
            JsonNode value = node.get(field);
            return value != null && value.isNumber() ? OptionalDouble.of(value.asDouble()) : OptionalDouble.empty();
        }

        boolean has(String field) {
            return node.has(field) && !node.get(field).isNull();
        }

        TreePath field(String field) {
            return path.key(field);
        }

        /** The text items of a list field, with their paths. */
        List<Map.Entry<TreePath, String>> texts(String field) {
            List<Map.Entry<TreePath, String>> result = new ArrayList<>();
            JsonNode list = node.get(field);
            if (list != null && list.isArray()) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).isTextual()) {
                        result.add(Map.entry(path.key(field).index(i), list.get(i).asText()));
                    }
                }
            }
            return result;
        }

        Item child(String field) {
            JsonNode value = node.get(field);
            return new Item(path.key(field), value != null && value.isObject() ? value : MissingNode.getInstance());
        }

        boolean isObject() {
            return node.isObject();
        }

        List<Item> list(String field) {
            return Entries.items(node.get(field), path.key(field));
        }
    }

    List<Item> list(String field) {
        return items(root.get(field), TreePath.ROOT.key(field));
    }

    Item top() {
        return new Item(TreePath.ROOT, root);
    }

    private static List<Item> items(JsonNode list, TreePath path) {
        List<Item> items = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).isObject()) {
                    items.add(new Item(path.index(i), list.get(i)));
                }
            }
        }
        return items;
    }

    /** The items of a list by id (first occurrence wins; duplicates are reported elsewhere). */
    Map<String, Item> byId(String field) {
        Map<String, Item> result = new LinkedHashMap<>();
        for (Item item : list(field)) {
            item.text("id").ifPresent(id -> result.putIfAbsent(id, item));
        }
        return result;
    }
}
