package org.lngsim.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where lngsim's own files are (the scenario library with its base world), so that commands with
 * a default world work from any folder, not only from the repository root. In order:
 * {@code $LNGSIM_HOME} when set (an explicit choice, used even if wrong, so the mistake shows);
 * else the repository the jar was built in ({@code <home>/sim/target/lngsim.jar}, or
 * {@code <home>/sim/target/classes} when run from the build), when it holds the library; else the
 * working folder.
 */
record Home(Optional<Path> root, String source) {

    static final String ENV = "LNGSIM_HOME";
    static final Path LIBRARY = Path.of("scenarios");
    static final Path DEFAULT_WORLD = LIBRARY.resolve("base").resolve("world-2024.yaml");

    /** This installation's home, from the environment and the location of lngsim's classes. */
    static Home current() {
        return find(System.getenv(ENV), codeLocation());
    }

    /**
     * The home given {@code $LNGSIM_HOME} ({@code null} when unset) and where lngsim's classes
     * were loaded from ({@code null} when unknown).
     */
    static Home find(String envHome, Path codeLocation) {
        if (envHome != null && !envHome.isBlank()) {
            return new Home(Optional.of(Path.of(envHome)), ENV + "=" + envHome);
        }
        Optional<Path> built = Optional.ofNullable(codeLocation).map(Path::toAbsolutePath)
                .map(p -> p.getParent()).map(p -> p.getParent()).map(p -> p.getParent())
                .filter(home -> Files.isRegularFile(home.resolve(DEFAULT_WORLD)));
        return built.map(home -> new Home(Optional.of(home), "the jar's location"))
                .orElse(new Home(Optional.empty(), "the working folder"));
    }

    /** {@code relative} inside the home, or as given (relative to the working folder) without one. */
    Path resolve(Path relative) {
        return root.map(home -> home.resolve(relative)).orElse(relative);
    }

    Path defaultWorld() {
        return resolve(DEFAULT_WORLD);
    }

    Path library() {
        return resolve(LIBRARY);
    }

    /** What to tell a user whose default world is missing. */
    String hint() {
        return "lngsim: the default world is looked up in " + source + "; give --world FILE, or set " + ENV
                + " to the folder holding scenarios/";
    }

    private static Path codeLocation() {
        try {
            CodeSource code = Home.class.getProtectionDomain().getCodeSource();
            return code == null || code.getLocation() == null ? null : Path.of(code.getLocation().toURI());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null; // an unusual class loader: fall back to the working folder
        }
    }
}
