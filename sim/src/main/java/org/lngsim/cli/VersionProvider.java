package org.lngsim.cli;

import org.lngsim.output.BuildInfo;
import picocli.CommandLine;

/** {@code --version}: the build baked into the jar (version, git commit, build time) and the Java running it. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        return BuildInfo.current().version();
    }

    /** "lngsim 0.1.0, commit 184aae7f0c1e, built 2026-01-05T10:00:00Z", as run.json records them. */
    static String line(BuildInfo build) {
        return "lngsim " + build.version() + ", commit " + build.commit() + ", built " + build.buildTime();
    }

    @Override
    public String[] getVersion() {
        return new String[] {line(BuildInfo.current()), "Java " + System.getProperty("java.version")};
    }
}
