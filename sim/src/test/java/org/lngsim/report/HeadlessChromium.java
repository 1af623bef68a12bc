package org.lngsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium as the report tests run it (installed by run-tests; a test fails, not
 * skips, without it): a fresh profile, no background networking (the machine's network is closed),
 * stderr kept in a file and shown only when Chromium fails.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** Runs Chromium with {@code args}, its profile and stderr in {@code workDir}; returns stdout. */
    static String run(Path workDir, String... args) throws Exception {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        Path stderr = Files.createTempFile(workDir, "chromium-stderr", ".txt");
        List<String> command = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=10000"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        assertThat(process.exitValue()).as("chromium exit code; stderr: %s", Files.readString(stderr)).isZero();
        return out;
    }
}
