package org.lngsim.scenario.yaml;

/** Where a node came from: a file (or a command-line override) and a 1-based line and column. */
public record Location(String source, int line, int column) {

    public static Location of(String source) {
        return new Location(source, 1, 1);
    }

    @Override
    public String toString() {
        return source + ":" + line + ":" + column;
    }
}
