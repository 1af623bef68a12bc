package org.lngsim.scenario.yaml;

/** A YAML text that cannot be read: bad syntax, bad encoding, or over a safety limit. */
public final class YamlSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Location location;

    public YamlSyntaxException(Location location, String message) {
        super(message);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
