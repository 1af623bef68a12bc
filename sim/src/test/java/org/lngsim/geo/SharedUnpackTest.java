package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The MARNET GeoPackage and sqlite's native library are unpacked once into the cache and shared,
 * beside the network built from them in binary form ({@link NetworkFile}): a process leaves
 * nothing in the temporary folder, and a second process rewrites nothing.
 */
class SharedUnpackTest {

    @TempDir
    Path work;

    @Test
    void twoRoutingProcessesLeaveTheTemporaryFolderEmptyAndShareOneUnpackedCopy() throws Exception {
        Path tmp = Files.createDirectories(work.resolve("tmp"));
        Path cache = work.resolve("cache");

        route(tmp, cache);
        Map<String, FileTime> first = files(cache);
        route(tmp, cache);

        assertThat(files(tmp)).isEmpty();
        assertThat(first.keySet()).hasSize(3).anyMatch(n -> n.startsWith("marnet_plus_") && n.endsWith(".gpkg"))
                .anyMatch(n -> n.startsWith("libsqlitejdbc-") && n.endsWith(".so"))
                .anyMatch(n -> n.startsWith("marnet_plus_10km-network-v") && n.endsWith(".bin"));
        assertThat(files(cache)).as("the second process reuses the copies").isEqualTo(first);
    }

    private static void route(Path tmp, Path cache) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp",
                System.getProperty("java.class.path"), "org.lngsim.cli.Main", "route", "--from", "ras-laffan", "--to",
                "futtsu", "--world", Path.of("..", "scenarios", "base", "world-2024.yaml").toString())
                .redirectErrorStream(true);
        builder.environment().put("LNGSIM_CACHE", cache.toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        assertThat(out).startsWith("ras-laffan -> futtsu");
    }

    private static Map<String, FileTime> files(Path folder) throws IOException {
        Map<String, FileTime> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                files.put(p.getFileName().toString(), Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

}
