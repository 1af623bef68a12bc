package org.lngsim.scenario;

import org.lngsim.scenario.yaml.Location;

/**
 * One thing wrong with a scenario, or one warning about it, with where it is: rendered as
 * {@code file:line:column: path: message}. The path is empty for problems of a whole file.
 */
public record Problem(Location location, String path, String message) implements Comparable<Problem> {

    public String render() {
        return path.isEmpty() ? location + ": " + message : location + ": " + path + ": " + message;
    }

    /** As a warning: {@code file:line:column: path: warning: message}, the form compilers use. */
    public String renderAsWarning() {
        return new Problem(location, path, "warning: " + message).render();
    }

    /** Orders problems by file, then line, then column, so reports read top to bottom. */
    @Override
    public int compareTo(Problem other) {
        int bySource = location.source().compareTo(other.location.source());
        if (bySource != 0) {
            return bySource;
        }
        int byLine = Integer.compare(location.line(), other.location.line());
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(location.column(), other.location.column());
        return byColumn != 0 ? byColumn : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return render();
    }
}
