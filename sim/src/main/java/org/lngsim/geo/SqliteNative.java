package org.lngsim.geo;

import java.io.IOException;
import java.nio.file.Path;
import org.lngsim.files.SharedCache;
import org.sqlite.util.OSInfo;

/**
 * Points sqlite-jdbc at one shared copy of its native library. Left alone, it extracts the library
 * into {@code /tmp} under a new name in every process, and a killed process leaves its copy there
 * for good; with {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} set it loads the
 * copy {@link SharedCache} unpacked once.
 */
final class SqliteNative {

    private static final String PATH_PROPERTY = "org.sqlite.lib.path";
    private static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteNative() {
    }

    /**
     * Before the first sqlite connection: unpack the library for this platform into the cache and
     * tell sqlite-jdbc to load it from there. Does nothing when the user set the properties, or
     * when sqlite-jdbc has no library for this platform in its jar (it then reports that itself).
     */
    static synchronized void useSharedCopy() throws IOException {
        if (System.getProperty(PATH_PROPERTY) != null || System.getProperty(NAME_PROPERTY) != null) {
            return;
        }
        String library = System.mapLibraryName("sqlitejdbc").replace(".jnilib", ".dylib");
        String resource = "org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + library;
        if (SqliteNative.class.getClassLoader().getResource(resource) == null) {
            return;
        }
        int dot = library.lastIndexOf('.');
        Path copy = SharedCache.resource(resource, library.substring(0, dot), library.substring(dot));
        System.setProperty(PATH_PROPERTY, copy.getParent().toString());
        System.setProperty(NAME_PROPERTY, copy.getFileName().toString());
    }
}
