package org.lngsim.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a killed lngsim process leaves: temporary names of an owner whose process has ended. */
final class LeftoverFixtures {

    private LeftoverFixtures() {
    }

    /** A process of this host that has run and ended: its id names a gone owner. */
    static Owner deadOwner() throws IOException, InterruptedException {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        Owner dead = new Owner(Owner.self().host(), process.pid());
        if (!dead.isGone()) {
            throw new IllegalStateException("process " + process.pid() + " still reported alive");
        }
        return dead;
    }

    /** A temporary folder of {@code name} in {@code phase}, holding one file with {@code content}. */
    static Path folder(Path parent, String name, Owner owner, Owner.Phase phase, String content) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(owner.prefix(name, phase) + "4711"));
        Files.writeString(folder.resolve("run.json"), content);
        Files.writeString(folder.resolve("summary.json"), content);
        return folder;
    }
}
