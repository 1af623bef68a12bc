package org.lngsim.scenario.yaml;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A YAML mapping with string keys, in file order; each entry remembers where its key was. */
public record MapNode(Location location, Map<String, Entry> entries) implements YamlNode {

    /** A key (with its location) and its value. */
    public record Entry(Location keyLocation, YamlNode value) {
    }

    public MapNode {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<YamlNode> get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    public Optional<Location> keyLocation(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.keyLocation());
    }

    /** A copy with {@code key} set to {@code value} (in place when present, else at the end). */
    public MapNode with(String key, Location keyLocation, YamlNode value) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(key, new Entry(keyLocation, value));
        return new MapNode(location, copy);
    }

    /** A copy without {@code key}. */
    public MapNode without(String key) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.remove(key);
        return new MapNode(location, copy);
    }

    @Override
    public Optional<YamlNode> child(Object step) {
        return step instanceof String key ? get(key) : Optional.empty();
    }

    @Override
    public String kindName() {
        return "a mapping";
    }
}
