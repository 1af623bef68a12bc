package org.lngsim.scenario.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A YAML scalar with its resolved value: {@code String}, {@code BigInteger}, {@code BigDecimal},
 * {@code Boolean}, or {@code null}. Only {@code true}/{@code false} are booleans (YAML 1.1's
 * {@code yes}/{@code no}/{@code on}/{@code off} stay strings, so Norway's code "NO" is text).
 */
public record ScalarNode(Location location, Object value) implements YamlNode {

    public ScalarNode {
        if (value != null && !(value instanceof String || value instanceof BigInteger
                || value instanceof BigDecimal || value instanceof Boolean)) {
            throw new IllegalArgumentException("unsupported scalar " + value.getClass());
        }
    }

    @Override
    public String kindName() {
        if (value == null) {
            return "null";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return value instanceof BigInteger ? "an integer" : "a number";
    }
}
