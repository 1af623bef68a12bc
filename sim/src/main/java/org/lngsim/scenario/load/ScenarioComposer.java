package org.lngsim.scenario.load;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.lngsim.files.InputFile;
import org.lngsim.scenario.Problem;
import org.lngsim.scenario.ScenarioException;
import org.lngsim.scenario.yaml.Location;
import org.lngsim.scenario.yaml.MapNode;
import org.lngsim.scenario.yaml.Quoted;
import org.lngsim.scenario.yaml.ScalarNode;
import org.lngsim.scenario.yaml.YamlLimits;
import org.lngsim.scenario.yaml.YamlNode;
import org.lngsim.scenario.yaml.YamlReader;
import org.lngsim.scenario.yaml.YamlSyntaxException;

/**
 * Follows a scenario's {@code extends} chain and merges it: maps merge deeply, lists and scalars
 * of the extending file replace the base's. A missing base, a cycle, a chain deeper than
 * {@value #MAX_CHAIN} files, a base that is not a regular file (a device, a pipe: refused before it
 * is opened) or clearly not a scenario is one problem at the {@code extends} line.
 */
final class ScenarioComposer {

    static final String EXTENDS = "extends";
    static final int MAX_CHAIN = 16;

    private static final ForeignFile FOREIGN = new ForeignFile(ScenarioSchema.tree(), "scenario");

    private final YamlReader reader = new YamlReader(YamlLimits.SCENARIO);
    private final List<Path> filesRead = new ArrayList<>();

    /** The files read so far, the first given first. */
    List<Path> filesRead() {
        return List.copyOf(filesRead);
    }

    MapNode compose(Path file) throws ScenarioException {
        return compose(file, displayName(file), new ArrayDeque<>(), null);
    }

    /** An {@code extends} line: where it is and the path it names, for problems of the file it names. */
    private record Reference(Location at, String base) {
    }

    /** @param via the {@code extends} that leads here, or {@code null} for the file given */
    private MapNode compose(Path file, String sourceName, Deque<Path> chain, Reference via) throws ScenarioException {
        Path normalized = file.toAbsolutePath().normalize();
        chain.push(normalized);
        filesRead.add(file);
        MapNode root = readRoot(file, sourceName, via);
        Optional<YamlNode> extendsNode = root.get(EXTENDS);
        if (extendsNode.isEmpty()) {
            chain.pop();
            return root;
        }
        Location at = root.keyLocation(EXTENDS).orElse(root.location());
        if (!(extendsNode.get() instanceof ScalarNode scalar) || !(scalar.value() instanceof String base)
                || base.isBlank()) {
            throw problem(extendsNode.get().location(), EXTENDS, "expected the path of a scenario file to extend");
        }
        Path basePath = resolveBase(normalized, base);
        checkBase(base, basePath, scalar.location(), at, chain);
        MapNode parent = compose(basePath, displayName(basePath), chain, new Reference(scalar.location(), base));
        chain.pop();
        return (MapNode) merge(parent, root.without(EXTENDS));
    }

    /** A base that closes a cycle, lengthens the chain too far or is no regular file stops the chain. */
    private static void checkBase(String base, Path basePath, Location value, Location key, Deque<Path> chain)
            throws ScenarioException {
        if (chain.contains(basePath.toAbsolutePath().normalize())) {
            throw problem(key, EXTENDS, Quoted.of(base) + " is already being extended: cycle "
                    + cycleText(chain, basePath));
        }
        if (chain.size() >= MAX_CHAIN) {
            throw problem(key, EXTENDS, "the extends chain is longer than " + MAX_CHAIN + " files");
        }
        Optional<String> refusal = InputFile.refusal(basePath);
        if (refusal.isPresent()) {
            throw problem(value, EXTENDS, "cannot extend " + Quoted.of(base) + ": " + refusal.get());
        }
    }

    /**
     * The file's top-level mapping. A file that is clearly no scenario is one problem: at the
     * {@code extends} that names it, if any, since that line is the mistake.
     */
    private MapNode readRoot(Path file, String sourceName, Reference via) throws ScenarioException {
        YamlNode node;
        try {
            node = reader.readFile(file, sourceName);
        } catch (YamlSyntaxException e) {
            throw problem(e.location(), "", e.getMessage());
        }
        Optional<String> foreign = FOREIGN.reason(node);
        if (foreign.isPresent()) {
            throw via == null ? problem(node.location(), "", foreign.get())
                    : problem(via.at(), EXTENDS, "cannot extend " + Quoted.of(via.base()) + ": " + foreign.get());
        }
        return (MapNode) node;
    }

    private static Path resolveBase(Path extendingFile, String base) {
        Path basePath = Path.of(base);
        Path directory = extendingFile.getParent();
        return basePath.isAbsolute() || directory == null ? basePath : directory.resolve(basePath).normalize();
    }

    private static String cycleText(Deque<Path> chain, Path repeated) {
        List<String> names = new ArrayList<>();
        chain.descendingIterator().forEachRemaining(p -> names.add(p.getFileName().toString()));
        names.add(repeated.getFileName().toString());
        return String.join(" -> ", names);
    }

    /** Deep merge: mappings merge key by key; anything else in {@code overlay} replaces. */
    static YamlNode merge(YamlNode base, YamlNode overlay) {
        if (base instanceof MapNode baseMap && overlay instanceof MapNode overlayMap) {
            MapNode result = new MapNode(overlayMap.location(), baseMap.entries());
            for (var entry : overlayMap.entries().entrySet()) {
                YamlNode value = entry.getValue().value();
                YamlNode merged = baseMap.get(entry.getKey()).map(old -> merge(old, value)).orElse(value);
                result = result.with(entry.getKey(), entry.getValue().keyLocation(), merged);
            }
            return result;
        }
        return overlay;
    }

    /** How locations name a file: relative to the working directory when it is below it. */
    static String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
    }

    private static ScenarioException problem(Location location, String path, String message) {
        return new ScenarioException(List.of(new Problem(location, path, message)));
    }
}
