package org.lngsim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.lngsim.scenario.yaml.ListNode;
import org.lngsim.scenario.yaml.MapNode;
import org.lngsim.scenario.yaml.ScalarNode;
import org.lngsim.scenario.yaml.YamlNode;

/** Converts a located YAML tree to a Jackson tree (for the schema validator and for binding). */
public final class JsonTree {

    private static final JsonNodeFactory FACTORY = JsonNodeFactory.withExactBigDecimals(false);

    private JsonTree() {
    }

    public static JsonNode of(YamlNode node) {
        if (node instanceof MapNode map) {
            ObjectNode object = FACTORY.objectNode();
            map.entries().forEach((key, entry) -> object.set(key, of(entry.value())));
            return object;
        }
        if (node instanceof ListNode list) {
            ArrayNode array = FACTORY.arrayNode();
            list.items().forEach(item -> array.add(of(item)));
            return array;
        }
        Object value = ((ScalarNode) node).value();
        if (value == null) {
            return FACTORY.nullNode();
        }
        if (value instanceof Boolean bool) {
            return FACTORY.booleanNode(bool);
        }
        if (value instanceof BigInteger integer) {
            return integer.bitLength() < 63 ? FACTORY.numberNode(integer.longValue()) : FACTORY.numberNode(integer);
        }
        if (value instanceof BigDecimal decimal) {
            return FACTORY.numberNode(decimal.doubleValue());
        }
        return FACTORY.textNode((String) value);
    }
}
