package org.lngsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code lngsim} launcher's class-data sharing, run as users run it (bash, the real script)
 * over a small jar whose main class is {@link LauncherProbe}, in a cache folder of its own: the
 * first run archives the classes it loaded, the next maps them, and an archive that is cut short
 * or garbage never fails a run.
 */
class LauncherClassSharingTest {

    private static final Pattern ARCHIVE = Pattern.compile("lngsim-cds-\\d+-(\\d+)\\.jsa");

    @TempDir
    Path work;

    private Path launcher;
    private Path cache;

    @BeforeEach
    void lay_out_a_repository_with_the_probe_as_its_jar() throws IOException {
        launcher = LauncherProbe.repository(work.resolve("repo"));
        cache = work.resolve("cache");
    }

    @Test
    void the_first_run_archives_its_classes_and_the_second_loads_them_from_the_archive() throws Exception {
        Result first = launch(Map.of(), "run", "a.yaml");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEqualTo("probe run a.yaml\n");
        Path archive = onlyArchive();
        Matcher m = ARCHIVE.matcher(archive.getFileName().toString());
        assertThat(m.matches()).isTrue();
        assertThat(Files.size(archive)).as("the name ends in the archive's size").isEqualTo(Long.parseLong(m.group(1)));

        Result second = launch(Map.of("LNGSIM_JAVA_OPTS", "-Xlog:class+load=info"), "run", "a.yaml");

        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).contains("org.lngsim.cli.LauncherProbe source: shared objects file (top)")
                .contains("probe run a.yaml\n");
        assertThat(onlyArchive()).isEqualTo(archive);
    }

    @Test
    void the_archiving_run_keeps_the_programs_exit_code() throws Exception {
        Result run = launch(Map.of(), "run", "exit=3");

        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.out()).isEqualTo("probe run exit=3\n");
    }

    @Test
    void an_archive_cut_short_is_deleted_unread_and_the_run_goes_on() throws Exception {
        launch(Map.of(), "run");
        Path archive = onlyArchive();
        try (var channel = Files.newByteChannel(archive, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(10_000); // Java 17 would die of SIGBUS mapping it
        }

        Result run = launch(Map.of(), "run", "b");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("probe run b\n");
        assertThat(run.err()).isEmpty();
        assertThat(Files.size(onlyArchive())).as("a whole archive written again").isGreaterThan(10_000);
    }

    @Test
    void a_garbage_archive_of_the_right_size_is_ignored_silently() throws Exception {
        launch(Map.of(), "run");
        Path archive = onlyArchive();
        long size = Files.size(archive);
        archive.toFile().setWritable(true);
        Files.write(archive, new byte[(int) size]);

        Result run = launch(Map.of(), "run", "c");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("probe run c\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void lngsim_cds_0_runs_without_writing_an_archive() throws Exception {
        Result run = launch(Map.of("LNGSIM_CDS", "0"), "run");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo("probe run\n");
        assertThat(archives()).isEmpty();
    }

    @Test
    void a_command_that_loads_little_writes_no_archive() throws Exception {
        Result run = launch(Map.of(), "--version");

        assertThat(run.exit()).isZero();
        assertThat(archives()).isEmpty();
    }

    private Path onlyArchive() throws IOException {
        List<Path> found = archives();
        assertThat(found).as("one archive, no partial copies, in " + cache).hasSize(1);
        return found.get(0);
    }

    private List<Path> archives() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.getFileName().toString().startsWith("lngsim-cds-")).sorted().toList();
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        builder.environment().put("LNGSIM_CACHE", cache.toString());
        builder.environment().remove("LNGSIM_CDS");
        builder.environment().remove("LNGSIM_JAVA_OPTS");
        // The java this test runs on, first on the PATH, as a user's would be.
        builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
                + builder.environment().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] err;
        byte[] out;
        try (InputStream o = process.getInputStream(); InputStream e = process.getErrorStream()) {
            var errReader = new java.util.concurrent.CompletableFuture<byte[]>();
            Thread t = new Thread(() -> {
                try {
                    errReader.complete(e.readAllBytes());
                } catch (IOException x) {
                    errReader.completeExceptionally(x);
                }
            });
            t.start();
            out = o.readAllBytes();
            err = errReader.join();
        }
        int exit = process.waitFor();
        return new Result(exit, new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
