package org.lngsim.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TestTreesTest {

    @Test
    void a_tree_is_deleted_with_everything_it_holds() throws Exception {
        Path root = Files.createTempDirectory("lngsim-trees");
        Files.createDirectories(root.resolve("a/b"));
        Files.writeString(root.resolve("a/b/file.csv"), "x");
        Files.writeString(root.resolve("top.json"), "{}");

        TestTrees.deleteTree(root);

        assertThat(root).doesNotExist();
    }
}
