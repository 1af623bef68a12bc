package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lngsim.scenario.load.TestScenarios;

/**
 * A real full disk: a 64 KiB tmpfs, far smaller than a run folder. Mounting needs root, as CI
 * runs; elsewhere the test is skipped, saying why.
 */
class FullDiskTest {

    @TempDir
    Path work;

    private Path disk;

    @BeforeEach
    void mountATinyDisk() throws Exception {
        disk = Files.createDirectories(work.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String out = new String(mount.getInputStream().readAllBytes());
        assumeTrue(mount.waitFor() == 0, "cannot mount a tmpfs here (needs root): " + out.strip());
    }

    /** A file the run left open on the disk makes it busy: that is a leak, and fails the test. */
    @AfterEach
    void unmount() throws Exception {
        int code = new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
        if (code != 0) {
            new ProcessBuilder("umount", "-l", disk.toString()).inheritIO().start().waitFor();
        }
        assertThat(code).as("umount: nothing on the disk is still open").isZero();
    }

    @Test
    void aRunOntoAFullDiskSaysSoInOneLineExits2AndLeavesNothing() throws IOException {
        StringWriter err = new StringWriter();
        Path out = disk.resolve("run");

        int code = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("run", TestScenarios.miniWorld().toString(), "--out", out.toString(), "--no-charts",
                        "--replications", "1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("lngsim run: cannot write " + out
                + ": no space left on device (nothing was written)" + System.lineSeparator());
        try (Stream<Path> left = Files.list(disk)) {
            assertThat(left).isEmpty();
        }
    }
}
