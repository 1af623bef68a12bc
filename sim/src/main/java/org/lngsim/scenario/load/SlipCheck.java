package org.lngsim.scenario.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Values that are valid but probably not what was meant, reported as warnings rather than
 * problems: a percentage written as a fraction ({@code remainingCapacityPct: 0.7}, most likely
 * meant as 70%). Disruptions that end past the horizon are found with the other window checks
 * ({@link DisruptionCheck#checkWindows}), where their end day is worked out.
 */
final class SlipCheck {

    private final JsonNode root;
    private final ProblemCollector warnings;

    SlipCheck(JsonNode root, ProblemCollector warnings) {
        this.root = root;
        this.warnings = warnings;
    }

    void run() {
        percentFractions(root, TreePath.ROOT);
    }

    /** Every field named {@code ...Pct} anywhere in the tree: the schema's percentages run 0 to 100. */
    private void percentFractions(JsonNode node, TreePath path) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                percentFractions(node.get(i), path.index(i));
            }
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (field.getKey().endsWith("Pct") && value.isNumber() && value.asDouble() > 0 && value.asDouble() < 1) {
                String text = new BigDecimal(value.asText()).stripTrailingZeros().toPlainString();
                String asPercent = new BigDecimal(text).movePointRight(2).stripTrailingZeros().toPlainString();
                warnings.at(path.key(field.getKey()), text + " is read as " + text + "%, not " + asPercent
                        + "% (percentages are written 0 to 100)");
            }
            percentFractions(value, path.key(field.getKey()));
        }
    }
}
