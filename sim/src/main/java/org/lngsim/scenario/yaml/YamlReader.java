package org.lngsim.scenario.yaml;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.lngsim.files.InputFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Scanner;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.TagToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Reads one YAML document into a located tree. Uses SnakeYAML's composer (never its object
 * constructor, so no tags can instantiate classes) under explicit {@link YamlLimits}.
 */
public final class YamlReader {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?");

    /** Longest message of SnakeYAML's passed on; its own words are far shorter. */
    private static final int MAX_MESSAGE = 160;

    private final YamlLimits limits;

    public YamlReader(YamlLimits limits) {
        this.limits = limits;
    }

    /** Reads a file; {@code sourceName} is how locations name it (usually the path as given). */
    public YamlNode readFile(Path file, String sourceName) throws YamlSyntaxException {
        byte[] bytes = readBytes(file, sourceName);
        return readText(decodeUtf8(bytes, sourceName), sourceName);
    }

    /** Reads YAML text; an empty document is an error. */
    public YamlNode readText(String text, String sourceName) throws YamlSyntaxException {
        checkLineLengths(text, sourceName);
        Node root = compose(text, sourceName);
        if (root == null) {
            throw new YamlSyntaxException(Location.of(sourceName), "the file is empty: expected a YAML mapping");
        }
        return new Converter(sourceName).convert(root, 0);
    }

    /** SnakeYAML slows down badly on huge scalars; no honest scenario has lines this long. */
    private void checkLineLengths(String text, String sourceName) throws YamlSyntaxException {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - lineStart > limits.maxLineLength()) {
                    throw new YamlSyntaxException(new Location(sourceName, line, limits.maxLineLength() + 1),
                            String.format(Locale.ROOT, "line %d is longer than %,d characters", line,
                                    limits.maxLineLength()));
                }
                line++;
                lineStart = i + 1;
            }
        }
    }

    private byte[] readBytes(Path file, String sourceName) throws YamlSyntaxException {
        try {
            return InputFile.read(file, limits.maxBytes());
        } catch (InputFile.Refused e) {
            throw new YamlSyntaxException(Location.of(sourceName), e.getMessage());
        }
    }

    private static String decodeUtf8(byte[] bytes, String sourceName) throws YamlSyntaxException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new YamlSyntaxException(firstInvalidByte(bytes, sourceName),
                    "the file is not UTF-8 text (is it a binary file?)");
        }
    }

    /** Locates the first byte that is not valid UTF-8, for the message. */
    private static Location firstInvalidByte(byte[] bytes, String sourceName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        int valid = 0;
        for (int end = 1; end <= bytes.length; end++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, valid, end - valid));
            } catch (CharacterCodingException e) {
                if (end - valid >= 4) {
                    break;
                }
                continue;
            }
            valid = end;
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < valid; i++) {
            if (bytes[i] == '\n') {
                line++;
                column = 1;
            } else if ((bytes[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Location(sourceName, line, column);
    }

    private Node compose(String text, String sourceName) throws YamlSyntaxException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes()));
        options.setAllowRecursiveKeys(false);
        try {
            List<Node> documents = new ArrayList<>();
            for (Node node : new Yaml(options).composeAll(new StringReader(text))) {
                documents.add(node);
                if (documents.size() > 1) {
                    throw new YamlSyntaxException(location(sourceName, node.getStartMark()),
                            "the file holds more than one YAML document; a scenario is one document");
                }
            }
            return documents.isEmpty() ? null : documents.get(0);
        } catch (ReaderException e) {
            throw new YamlSyntaxException(positionToLocation(text, e.getPosition(), sourceName), String.format(
                    Locale.ROOT, "the file contains a control character (U+%04X) that YAML does not allow",
                    e.getCodePoint()));
        } catch (MarkedYAMLException e) {
            throw new YamlSyntaxException(location(sourceName, e.getProblemMark()), syntaxMessage(e));
        } catch (YAMLException e) {
            String message = oneLine(e.getMessage());
            if (message.startsWith("Nesting Depth exceeded")) {
                message = "the YAML is nested more than " + limits.maxNestingDepth() + " levels deep";
            } else if (message.contains("exceeds the limit")) {
                message = "the file is too large for a scenario";
            } else {
                message = "YAML error: " + message;
            }
            throw new YamlSyntaxException(Location.of(sourceName), message);
        } catch (StackOverflowError e) {
            throw new YamlSyntaxException(Location.of(sourceName), "the YAML is nested too deeply");
        } catch (IllegalArgumentException e) {
            // SnakeYAML rejects some malformed tags this way rather than with a YAMLException
            // (found by Jazzer: "!of%f", whose escape decodes to a trailing space).
            throw new YamlSyntaxException(badTagLocation(text, sourceName, options),
                    "YAML error: a malformed tag (a '!...' before a value): " + oneLine(e.getMessage()));
        } catch (RuntimeException e) {
            // Only SnakeYAML runs here: whatever else it throws on a malformed file is the file's
            // problem, not a crash.
            throw new YamlSyntaxException(Location.of(sourceName),
                    "YAML error: " + oneLine(String.valueOf(e.getMessage())));
        }
    }

    /** Where the first tag with surrounding spaces is (the scanner marks tokens; the composer does not say). */
    private static Location badTagLocation(String text, String sourceName, LoaderOptions options) {
        try {
            Scanner scanner = new ScannerImpl(
                    new StreamReader(new StringReader(text)), options);
            while (scanner.checkToken()) {
                Token token = scanner.getToken();
                if (token instanceof TagToken tag) {
                    String value = (tag.getValue().getHandle() == null ? "" : tag.getValue().getHandle())
                            + tag.getValue().getSuffix();
                    if (!value.equals(value.trim())) {
                        return location(sourceName, token.getStartMark());
                    }
                }
            }
        } catch (RuntimeException e) {
            // a scan that fails is no worse than no position
        }
        return Location.of(sourceName);
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        StringBuilder message = new StringBuilder("YAML syntax error: ");
        if (e.getContext() != null) {
            message.append(oneLine(e.getContext())).append("; ");
        }
        message.append(oneLine(e.getProblem() == null ? "invalid YAML" : e.getProblem()));
        return message.toString();
    }

    /**
     * SnakeYAML's words on one line, cut short: its problems can name an alias, anchor or tag of
     * the file, and a message must not copy a long stretch of a file (see {@link Quoted}).
     */
    private static String oneLine(String text) {
        String line = text == null ? "" : text.replace("'\\t(TAB)'", "a tab").replace("\\t(TAB)", "tabs")
                .replaceAll("\\s+", " ").trim();
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "…" : line;
    }

    private static Location positionToLocation(String text, int position, String sourceName) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Location(sourceName, line, column);
    }

    static Location location(String sourceName, Mark mark) {
        if (mark == null) {
            return Location.of(sourceName);
        }
        return new Location(sourceName, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Turns SnakeYAML nodes into located nodes, counting nodes so expanded aliases stay bounded. */
    private final class Converter {
        private final String sourceName;
        private final Map<Node, YamlNode> converted = new IdentityHashMap<>();
        private int nodes;

        Converter(String sourceName) {
            this.sourceName = sourceName;
        }

        YamlNode convert(Node node, int depth) throws YamlSyntaxException {
            Location location = location(sourceName, node.getStartMark());
            if (++nodes > limits.maxNodes()) {
                throw new YamlSyntaxException(location, String.format(Locale.ROOT,
                        "the document has more than %,d nodes (an alias bomb?)", limits.maxNodes()));
            }
            if (depth > limits.maxNestingDepth()) {
                throw new YamlSyntaxException(location, "the YAML is nested more than "
                        + limits.maxNestingDepth() + " levels deep");
            }
            YamlNode done = converted.get(node);
            if (done != null) {
                nodes += size(done);
                return done;
            }
            YamlNode result;
            if (node instanceof MappingNode mapping) {
                result = convertMapping(mapping, location, depth);
            } else if (node instanceof SequenceNode sequence) {
                List<YamlNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                result = new ListNode(location, items);
            } else {
                result = new ScalarNode(location, scalarValue((org.yaml.snakeyaml.nodes.ScalarNode) node, location));
            }
            converted.put(node, result);
            return result;
        }

        private int size(YamlNode node) throws YamlSyntaxException {
            int count = 1;
            if (node instanceof MapNode map) {
                for (MapNode.Entry entry : map.entries().values()) {
                    count += size(entry.value());
                }
            } else if (node instanceof ListNode list) {
                for (YamlNode item : list.items()) {
                    count += size(item);
                }
            }
            if (nodes + count > limits.maxNodes()) {
                throw new YamlSyntaxException(node.location(), String.format(Locale.ROOT,
                        "the document has more than %,d nodes (an alias bomb?)", limits.maxNodes()));
            }
            return count;
        }

        private MapNode convertMapping(MappingNode mapping, Location location, int depth) throws YamlSyntaxException {
            Map<String, MapNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Location keyLocation = location(sourceName, keyNode.getStartMark());
                if (!(keyNode instanceof org.yaml.snakeyaml.nodes.ScalarNode scalarKey)) {
                    throw new YamlSyntaxException(keyLocation, "a key must be plain text, not a mapping or a list");
                }
                if (Tag.MERGE.equals(keyNode.getTag())) {
                    throw new YamlSyntaxException(keyLocation, "YAML merge keys (<<) are not supported; use 'extends'");
                }
                String key = scalarKey.getValue();
                if (entries.containsKey(key)) {
                    throw new YamlSyntaxException(keyLocation, "duplicate key " + Quoted.of(key) + " (first at line "
                            + entries.get(key).keyLocation().line() + ")");
                }
                entries.put(key, new MapNode.Entry(keyLocation, convert(tuple.getValueNode(), depth + 1)));
            }
            return new MapNode(location, entries);
        }
    }

    private static Object scalarValue(org.yaml.snakeyaml.nodes.ScalarNode node, Location location)
            throws YamlSyntaxException {
        String text = node.getValue();
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        if (Tag.BOOL.equals(tag)) {
            String lower = text.toLowerCase(Locale.ROOT);
            return lower.equals("true") || lower.equals("false") ? Boolean.valueOf(lower) : text;
        }
        if (Tag.INT.equals(tag)) {
            String digits = text.replace("_", "");
            try {
                return new BigInteger(digits);
            } catch (NumberFormatException e) {
                return text;
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            String digits = text.replace("_", "");
            if (!DECIMAL.matcher(digits).matches()) {
                throw new YamlSyntaxException(location, Quoted.of(text) + " is not a finite number");
            }
            BigDecimal decimal;
            try {
                decimal = new BigDecimal(digits);
            } catch (NumberFormatException e) {
                // an exponent beyond BigDecimal's int scale (found by fuzzing: 2.8E888…8)
                throw new YamlSyntaxException(location, Quoted.of(text) + " is too large a number");
            }
            if (Double.isInfinite(decimal.doubleValue())) {
                throw new YamlSyntaxException(location, Quoted.of(text) + " is too large a number");
            }
            return decimal;
        }
        return text;
    }
}
