package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeTest {

    @TempDir
    Path directory;

    @Test
    void lngsim_home_wins_even_when_it_lacks_the_world() {
        Path elsewhere = directory.resolve("elsewhere");
        Path jar = installation(directory.resolve("repo")).resolve("sim/target/lngsim.jar");

        Home home = Home.find(elsewhere.toString(), jar);

        assertThat(home.defaultWorld()).isEqualTo(elsewhere.resolve("scenarios/base/world-2024.yaml"));
        assertThat(home.library()).isEqualTo(elsewhere.resolve("scenarios"));
        assertThat(home.hint()).contains("LNGSIM_HOME=" + elsewhere);
    }

    @Test
    void without_lngsim_home_the_repository_the_jar_was_built_in_is_the_home() {
        Path repo = installation(directory.resolve("repo"));

        assertThat(Home.find(null, repo.resolve("sim/target/lngsim.jar")).defaultWorld())
                .isEqualTo(repo.resolve("scenarios/base/world-2024.yaml"));
        assertThat(Home.find("", repo.resolve("sim/target/classes")).library()).isEqualTo(repo.resolve("scenarios"));
    }

    @Test
    void a_jar_outside_a_repository_leaves_the_working_folder() {
        Path jar = directory.resolve("opt/lib/x/lngsim.jar");

        Home home = Home.find(null, jar);

        assertThat(home.defaultWorld()).isEqualTo(Path.of("scenarios/base/world-2024.yaml"));
        assertThat(Home.find(null, null).library()).isEqualTo(Path.of("scenarios"));
        assertThat(home.hint()).contains("the working folder").contains("--world FILE").contains("LNGSIM_HOME");
    }

    private static Path installation(Path repo) {
        try {
            Path world = repo.resolve("scenarios/base/world-2024.yaml");
            Files.createDirectories(world.getParent());
            Files.writeString(world, "name: w\n");
            return repo;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
