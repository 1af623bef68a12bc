package org.lngsim.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which lngsim ran: its version, the git commit it was built from and when it was built, as baked
 * into {@code version.properties} by the build. What the build could not know (a source tarball
 * has no git history) reads as {@link #UNKNOWN}.
 */
public record BuildInfo(String version, String commit, String buildTime) {

    public static final String UNKNOWN = "unknown";
    static final String RESOURCE = "/org/lngsim/version.properties";

    public BuildInfo {
        version = known(version);
        commit = known(commit);
        buildTime = known(buildTime);
    }

    /** This program's build. */
    public static BuildInfo current() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // unreadable: every field reads as unknown
        }
        return new BuildInfo(properties.getProperty("version"), properties.getProperty("commit"),
                properties.getProperty("buildTime"));
    }

    /** A value left unfiltered (run from an IDE that skips Maven's resource filtering) is unknown too. */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? UNKNOWN : value.strip();
    }
}
