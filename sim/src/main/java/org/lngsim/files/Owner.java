package org.lngsim.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who made a temporary file or folder: host and process id, written into its name
 * ({@code .<name>.<phase>-<host>-<pid>-<unique>}). A leftover whose process is no longer alive on
 * this host was left by a killed run and may be cleaned; one from another host (a cluster's shared
 * file system) or from a live process is never touched.
 */
record Owner(String host, long pid) {

    /** This process. */
    static Owner self() {
        return SELF;
    }

    private static final Owner SELF = new Owner(localHost(), ProcessHandle.current().pid());

    /** A temporary name: {@code .<name>.<phase>-<host>-<pid>-}; the caller adds a unique suffix. */
    String prefix(String name, Phase phase) {
        return "." + name + "." + phase.word() + "-" + host + "-" + pid + "-";
    }

    /** True when this owner's process is known to be gone: same host, no live process with its id. */
    boolean isGone() {
        if (!host.equals(SELF.host)) {
            return false;
        }
        if (pid == SELF.pid) {
            return false;
        }
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /** The stages a temporary name can be in. */
    enum Phase {
        /** Being written. */
        PARTIAL("partial"),
        /** Complete, about to be moved into place. */
        READY("ready"),
        /** The previous version, moved aside while the new one moves in. */
        OLD("old");

        private final String word;

        Phase(String word) {
            this.word = word;
        }

        String word() {
            return word;
        }
    }

    /** A temporary name taken apart. */
    record Temporary(String name, Phase phase, Owner owner) {
    }

    private static final Pattern TEMPORARY =
            Pattern.compile("^\\.(.+)\\.(partial|ready|old)-([A-Za-z0-9_]+)-([0-9]{1,19})-[A-Za-z0-9_]+$");

    /** The parts of a temporary name, or empty when {@code fileName} is not one. */
    static Optional<Temporary> parse(String fileName) {
        Matcher m = TEMPORARY.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        Phase phase = switch (m.group(2)) {
            case "partial" -> Phase.PARTIAL;
            case "ready" -> Phase.READY;
            default -> Phase.OLD;
        };
        try {
            return Optional.of(new Temporary(m.group(1), phase, new Owner(m.group(3), Long.parseLong(m.group(4)))));
        } catch (NumberFormatException e) {
            return Optional.empty(); // nineteen digits beyond a long: not one of ours
        }
    }

    /**
     * The host name as the kernel has it (no DNS lookup, which can take seconds), reduced to
     * letters, digits and underscores so that it cannot be confused with the name's separators.
     */
    private static String localHost() {
        String host = null;
        try {
            Path kernel = Path.of("/proc/sys/kernel/hostname");
            if (Files.isRegularFile(kernel)) {
                host = Files.readString(kernel).trim();
            }
        } catch (IOException | SecurityException e) {
            host = null; // fall back to the environment below
        }
        if (host == null || host.isEmpty()) {
            host = System.getenv().getOrDefault("HOSTNAME", "localhost");
        }
        String safe = host.replaceAll("[^A-Za-z0-9]", "_");
        return safe.isEmpty() ? "localhost" : safe.substring(0, Math.min(64, safe.length()));
    }
}
