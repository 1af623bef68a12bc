package org.lngsim.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each step of a folder swap a process can be killed at, and what the next start makes of it. */
class LeftoversTest {

    @TempDir
    Path parent;

    private Path target() {
        return parent.resolve("run");
    }

    private String names() throws IOException {
        try (Stream<Path> entries = Files.list(parent)) {
            return String.join(" ", entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void killedWhileWritingLeavesThePreviousFolderAndThePartialIsDeleted() throws Exception {
        Owner dead = LeftoverFixtures.deadOwner();
        Files.createDirectories(target());
        Files.writeString(target().resolve("run.json"), "previous");
        LeftoverFixtures.folder(parent, "run", dead, Owner.Phase.PARTIAL, "half");

        assertThat(Leftovers.recover(target())).isFalse();

        assertThat(names()).isEqualTo("run");
        assertThat(Files.readString(target().resolve("run.json"))).isEqualTo("previous");
    }

    @Test
    void killedBetweenTheTwoRenamesPutsTheCompleteNewFolderInPlace() throws Exception {
        Owner dead = LeftoverFixtures.deadOwner();
        LeftoverFixtures.folder(parent, "run", dead, Owner.Phase.OLD, "previous");
        LeftoverFixtures.folder(parent, "run", dead, Owner.Phase.READY, "new");

        assertThat(Leftovers.recover(target())).isTrue();

        assertThat(names()).isEqualTo("run");
        assertThat(Files.readString(target().resolve("run.json"))).isEqualTo("new");
    }

    @Test
    void killedAfterMovingTheOldAsideWithNoReadyOnePutsThePreviousBack() throws Exception {
        Owner dead = LeftoverFixtures.deadOwner();
        LeftoverFixtures.folder(parent, "run", dead, Owner.Phase.OLD, "previous");

        assertThat(Leftovers.recover(target())).isTrue();

        assertThat(Files.readString(target().resolve("run.json"))).isEqualTo("previous");
        assertThat(names()).isEqualTo("run");
    }

    @Test
    void killedBeforeDeletingTheOldFolderDeletesItAndKeepsTheNew() throws Exception {
        Owner dead = LeftoverFixtures.deadOwner();
        Files.createDirectories(target());
        Files.writeString(target().resolve("run.json"), "new");
        LeftoverFixtures.folder(parent, "run", dead, Owner.Phase.OLD, "previous");

        Leftovers.recover(target());

        assertThat(names()).isEqualTo("run");
        assertThat(Files.readString(target().resolve("run.json"))).isEqualTo("new");
    }

    @Test
    void aLiveProcessesWorkAndAnotherHostsAreNeverTouched() throws Exception {
        Path live = LeftoverFixtures.folder(parent, "run", Owner.self(), Owner.Phase.PARTIAL, "live");
        Path remote = LeftoverFixtures.folder(parent, "run", new Owner("some_other_node", 1), Owner.Phase.OLD, "remote");

        assertThat(Leftovers.recover(target())).isFalse();
        Leftovers.clean(parent);

        assertThat(live).isDirectory();
        assertThat(remote).isDirectory();
        assertThat(target()).doesNotExist();
    }

    @Test
    void namesThatAreNotLngsimTemporariesAreNeverDeleted() throws Exception {
        Owner dead = LeftoverFixtures.deadOwner();
        Files.writeString(parent.resolve(".run.partial-notes"), "mine");
        Files.writeString(parent.resolve("run.partial-" + dead.host() + "-" + dead.pid() + "-1"), "mine, no dot");
        Files.writeString(parent.resolve(dead.prefix("stats.csv", Owner.Phase.PARTIAL) + "99"), "half a file");

        Leftovers.clean(parent);
        Leftovers.recover(target());

        assertThat(names()).isEqualTo(".run.partial-notes run.partial-" + dead.host() + "-" + dead.pid() + "-1");
    }
}
