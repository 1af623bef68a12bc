package org.lngsim.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.zip.CRC32;

/**
 * Files lngsim unpacks from its jar because a library needs them on disk (sqlite opens the MARNET
 * GeoPackages by file name and loads its native library from a file). Each is unpacked once per
 * machine into a cache folder, under a name carrying its size and checksum, and shared by every
 * later process: nothing is copied per process, so a killed run leaves nothing behind in
 * {@code /tmp}. The cache folder is {@code $LNGSIM_CACHE}, else {@code $XDG_CACHE_HOME/lngsim},
 * else {@code ~/.cache/lngsim}; written atomically, so concurrent processes (a cluster's array
 * jobs on a shared home) never see half a file.
 */
public final class SharedCache {

    /** Environment variable naming the cache folder. */
    public static final String ENV = "LNGSIM_CACHE";

    private SharedCache() {
    }

    /** The cache folder (not created). */
    public static Path folder() {
        String explicit = System.getenv(ENV);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "lngsim");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "lngsim");
    }

    /**
     * The cached copy of a class-path resource, unpacked on first use. The name is
     * {@code <stem>-<size>-<crc32><extension>}: a new version of the resource gets a new file.
     *
     * @throws IOException when the resource is missing or the cache cannot be written
     */
    public static Path resource(String resourcePath, String stem, String extension) throws IOException {
        byte[] bytes;
        try (InputStream in = SharedCache.class.getClassLoader().getResourceAsStream(resourcePath)) {
            if (in == null) {
                throw new IOException("resource not on the class path: " + resourcePath);
            }
            bytes = in.readAllBytes();
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        String name = stem + "-" + bytes.length + "-" + HexFormat.of().toHexDigits((int) crc.getValue()) + extension;
        try {
            return unpack(folder().toAbsolutePath(), name, bytes);
        } catch (IOException e) {
            // A read-only home (some cluster nodes): the machine's temporary folder, one per user.
            Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "lngsim-cache-" + System.getProperty("user.name"));
            return unpack(fallback.toAbsolutePath(), name, bytes);
        }
    }

    /**
     * Where lngsim keeps a file it derived itself and can always derive again (the sea-lane network
     * in binary form): in the cache folder, else the per-user temporary folder when the cache
     * cannot be created. Whoever reads it must check it and rebuild what is missing or bad.
     */
    public static Path derivedFile(String name) {
        Path folder = folder().toAbsolutePath();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            folder = Path.of(System.getProperty("java.io.tmpdir"), "lngsim-cache-" + System.getProperty("user.name"))
                    .toAbsolutePath();
        }
        return folder.resolve(name);
    }

    /**
     * Writes a derived file atomically (a concurrent reader sees the old file, none or the whole
     * new one), creating its folder and cleaning what killed writers left there.
     */
    public static void writeDerived(Path file, AtomicFiles.Body body) throws IOException {
        Files.createDirectories(file.getParent());
        Leftovers.clean(file.getParent());
        AtomicFiles.write(file, body);
    }

    private static Path unpack(Path folder, String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == bytes.length) {
            return file;
        }
        Files.createDirectories(folder);
        Leftovers.clean(folder); // unpackings a killed process left half written
        AtomicFiles.write(file, bytes);
        return file;
    }
}
