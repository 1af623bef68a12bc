package org.lngsim.geo;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.lngsim.files.SharedCache;

/**
 * The sea-lane network of one resolution kept on disk in a binary form that loads in milliseconds:
 * reading the MARNET GeoPackage through sqlite and joining its lines costs about half a second of
 * every {@code lngsim} start (the profile of issue 17), for a graph that never changes.
 *
 * <p>The file lives in the shared cache ({@link SharedCache}) under a name carrying the source
 * GeoPackage's size and CRC-32 and this format's version: a new MARNET or a change in how the
 * lines are joined gets a new file, never a stale one. It holds the nodes' coordinates and the
 * edges' end nodes exactly as the builder made them (doubles bit for bit), so a network loaded
 * from it is the network built from the GeoPackage. Layout (big-endian): magic, version, node
 * count, edge count, latitudes, longitudes, edge sources, edge targets, then the CRC-32 of
 * everything before it. A file that is short, of another version, or fails its checksum is
 * ignored and rewritten; a cache that cannot be written costs only the time.
 */
final class NetworkFile {

    /** "LNGN": a file of some other kind is never mistaken for a network. */
    static final int MAGIC = 0x4C4E474E;
    /**
     * Bump when {@link SeaLaneNetwork}'s builder or {@link MarnetReader}'s filter changes what a
     * GeoPackage turns into: the version is part of the file name, so old files are left unused.
     */
    static final int VERSION = 1;
    private static final int HEADER_BYTES = 16;
    private static final int CRC_BYTES = 8;

    /** The arrays a network is built from. */
    record Arrays(double[] nodeLat, double[] nodeLon, int[] edgeFrom, int[] edgeTo) {
    }

    private NetworkFile() {
    }

    /**
     * The network's arrays from its cache file, or from {@code build} (which reads the
     * GeoPackage) when the file is missing or unusable, then written for the next process.
     */
    static Arrays load(MarnetResolution resolution, Supplier<Arrays> build) {
        return load(fileFor(resolution), build);
    }

    /** As {@link #load(MarnetResolution, Supplier)} with the cache file given (none: build only). */
    static Arrays load(Optional<Path> file, Supplier<Arrays> build) {
        if (file.isPresent()) {
            Optional<Arrays> read = read(file.get());
            if (read.isPresent()) {
                return read.get();
            }
        }
        Arrays built = build.get();
        file.ifPresent(f -> {
            try {
                write(f, built);
            } catch (IOException e) {
                // A full or read-only cache: this process has its network; the next builds again.
            }
        });
        return built;
    }

    /** The cache file for this resolution, named by its GeoPackage's size and checksum. */
    static Optional<Path> fileFor(MarnetResolution resolution) {
        return sourceStamp(resolution.resourcePath()).map(stamp -> SharedCache.derivedFile(
                resolution.resourcePath().replaceAll(".*/", "").replace(".gpkg", "")
                        + "-network-v" + VERSION + "-" + stamp + ".bin"));
    }

    /**
     * {@code <size>-<crc32>} of a class-path resource. Inside a jar both are read from its entry
     * (no need to inflate four megabytes); elsewhere the bytes are read and checked.
     */
    static Optional<String> sourceStamp(String resourcePath) {
        URL url = NetworkFile.class.getClassLoader().getResource(resourcePath);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(true);
                JarEntry entry = jar.getJarEntry();
                if (entry.getCrc() >= 0 && entry.getSize() >= 0) {
                    return Optional.of(stamp(entry.getSize(), entry.getCrc()));
                }
            }
            try (InputStream in = connection.getInputStream()) {
                byte[] bytes = in.readAllBytes();
                CRC32 crc = new CRC32();
                crc.update(bytes);
                return Optional.of(stamp(bytes.length, crc.getValue()));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String stamp(long size, long crc) {
        return size + "-" + HexFormat.of().toHexDigits((int) crc);
    }

    /** The arrays in {@code file}, or empty when it is missing, short, of another kind or version, or corrupt. */
    static Optional<Arrays> read(Path file) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) { // gone since the check, or unreadable: rebuilt
            return Optional.empty();
        }
        if (bytes.length < HEADER_BYTES + CRC_BYTES) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        if (in.getInt() != MAGIC || in.getInt() != VERSION) {
            return Optional.empty();
        }
        int nodes = in.getInt();
        int edges = in.getInt();
        long expectedLength = HEADER_BYTES + 16L * nodes + 8L * edges + CRC_BYTES;
        if (nodes < 0 || edges < 0 || expectedLength != bytes.length) {
            return Optional.empty();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - CRC_BYTES);
        if (ByteBuffer.wrap(bytes, bytes.length - CRC_BYTES, CRC_BYTES).getLong() != crc.getValue()) {
            return Optional.empty();
        }
        double[] lat = new double[nodes];
        double[] lon = new double[nodes];
        int[] from = new int[edges];
        int[] to = new int[edges];
        in.asDoubleBuffer().get(lat);
        in.position(in.position() + 8 * nodes);
        in.asDoubleBuffer().get(lon);
        in.position(in.position() + 8 * nodes);
        in.asIntBuffer().get(from);
        in.position(in.position() + 4 * edges);
        in.asIntBuffer().get(to);
        for (int e = 0; e < edges; e++) {
            if (from[e] < 0 || from[e] >= nodes || to[e] < 0 || to[e] >= nodes) {
                return Optional.empty();
            }
        }
        return Optional.of(new Arrays(lat, lon, from, to));
    }

    /** Writes the arrays to {@code file} atomically, so a concurrent reader sees all of it or nothing. */
    static void write(Path file, Arrays network) throws IOException {
        int nodes = network.nodeLat().length;
        int edges = network.edgeFrom().length;
        ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + 16 * nodes + 8 * edges + CRC_BYTES).order(ByteOrder.BIG_ENDIAN);
        out.putInt(MAGIC).putInt(VERSION).putInt(nodes).putInt(edges);
        out.asDoubleBuffer().put(network.nodeLat());
        out.position(out.position() + 8 * nodes);
        out.asDoubleBuffer().put(network.nodeLon());
        out.position(out.position() + 8 * nodes);
        out.asIntBuffer().put(network.edgeFrom());
        out.position(out.position() + 4 * edges);
        out.asIntBuffer().put(network.edgeTo());
        out.position(out.position() + 4 * edges);
        CRC32 crc = new CRC32();
        crc.update(out.array(), 0, out.position());
        out.putLong(crc.getValue());
        byte[] bytes = out.array();
        SharedCache.writeDerived(file, stream -> stream.write(bytes));
    }
}
