package org.lngsim.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sea-lane network's binary cache file: what it loads is the network built from the
 * GeoPackage bit for bit, and a file cut short, flipped, of another version or missing is
 * rebuilt from the GeoPackage and written again.
 */
class NetworkFileTest {

    private static NetworkFile.Arrays built;

    @TempDir
    Path work;

    @BeforeAll
    static void build_the_network_from_its_geopackage() {
        built = SeaLaneNetwork.readGeoPackage(MarnetResolution.KM_100);
    }

    @Test
    void a_written_file_reads_back_the_arrays_bit_for_bit() throws IOException {
        Path file = work.resolve("net.bin");
        NetworkFile.write(file, built);

        NetworkFile.Arrays read = NetworkFile.read(file).orElseThrow();

        assertThat(read.nodeLat()).isEqualTo(built.nodeLat());
        assertThat(read.nodeLon()).isEqualTo(built.nodeLon());
        assertThat(read.edgeFrom()).isEqualTo(built.edgeFrom());
        assertThat(read.edgeTo()).isEqualTo(built.edgeTo());
        assertThat(Files.size(file)).isEqualTo(16 + 16L * built.nodeLat().length + 8L * built.edgeFrom().length + 8);
    }

    @Test
    void a_network_loaded_from_the_file_is_the_network_built_from_the_geopackage() throws IOException {
        Path file = work.resolve("net.bin");
        NetworkFile.write(file, built);
        AtomicInteger builds = new AtomicInteger();

        NetworkFile.Arrays loaded = NetworkFile.load(Optional.of(file), () -> {
            builds.incrementAndGet();
            return built;
        });

        assertThat(builds).as("not rebuilt").hasValue(0);
        assertThat(loaded.nodeLat()).isEqualTo(built.nodeLat());
        assertThat(loaded.edgeTo()).isEqualTo(built.edgeTo());
    }

    @Test
    void a_missing_flipped_short_or_older_file_is_rebuilt_and_written_again() throws IOException {
        Path file = work.resolve("net.bin");
        NetworkFile.write(file, built);
        byte[] good = Files.readAllBytes(file);
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x10;
        byte[] older = good.clone();
        older[7] = 0; // version 0
        byte[] shortened = java.util.Arrays.copyOf(good, good.length - 9);

        for (byte[] bad : new byte[][] {flipped, older, shortened, new byte[0], "not a network".getBytes()}) {
            Files.write(file, bad);
            assertThat(NetworkFile.read(file)).isEmpty();
            AtomicInteger builds = new AtomicInteger();

            NetworkFile.load(Optional.of(file), () -> {
                builds.incrementAndGet();
                return built;
            });

            assertThat(builds).hasValue(1);
            assertThat(Files.readAllBytes(file)).as("written again").isEqualTo(good);
        }
        Files.delete(file);
        NetworkFile.load(Optional.of(file), () -> built);
        assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }

    @Test
    void the_file_is_named_by_the_geopackages_size_and_checksum_and_the_format_version() throws IOException {
        String resource = MarnetResolution.KM_100.resourcePath();
        byte[] bytes;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            bytes = in.readAllBytes();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);

        Path file = NetworkFile.fileFor(MarnetResolution.KM_100).orElseThrow();

        assertThat(file.getFileName().toString()).isEqualTo("marnet_plus_100km-network-v" + NetworkFile.VERSION + "-"
                + bytes.length + "-" + HexFormat.of().toHexDigits((int) crc.getValue()) + ".bin");
    }
}
