package org.lngsim.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.lngsim.files.SharedCache;
import org.sqlite.SQLiteConfig;

/**
 * Reads the line strings of a MARNET GeoPackage (table {@code type}, column {@code geometry}).
 *
 * <p>Parses the GeoPackage header and the WKB LINESTRING by hand: the files hold nothing else, and
 * this avoids building a JTS geometry for each of up to 72,000 lines.
 */
final class MarnetReader {

    private MarnetReader() {
    }

    /**
     * MARNET passage tags of Arctic routes. Searoute leaves them out by default and so do we: they
     * are ice-bound most of the year and no LNG carrier on these trades uses them, but without this
     * filter a closed Panama would send US Gulf cargoes through the Northwest Passage.
     */
    static final Set<String> EXCLUDED_PASSES = Set.of("northwest", "northeast");

    /** Calls {@code sink} with each line as interleaved lon/lat coordinates. */
    static void readLines(MarnetResolution resolution, Consumer<double[]> sink) {
        Path file;
        try {
            // sqlite needs a real file: unpacked from the jar once per machine and shared (SharedCache).
            file = SharedCache.resource(resolution.resourcePath(), resolution.resourcePath()
                    .replaceAll(".*/", "").replace(".gpkg", ""), ".gpkg");
            SqliteNative.useSharedCopy();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + resolution.resourcePath()
                    + " (is searoute-core a dependency, and the cache folder writable?)", e);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, readOnly());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT geometry, pass FROM type")) {
            while (rs.next()) {
                byte[] blob = rs.getBytes(1);
                String pass = rs.getString(2);
                if (blob != null && (pass == null || !EXCLUDED_PASSES.contains(pass.trim()))) {
                    sink.accept(parseLineString(blob));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + resolution.resourcePath(), e);
        }
    }

    /** The shared copy is opened read-only, so no process can change it under another. */
    private static Properties readOnly() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.toProperties();
    }

    /** GeoPackage binary: "GP", version, flags, srs_id (4), envelope (0/32/48/64), then WKB. */
    static double[] parseLineString(byte[] blob) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("not a GeoPackage geometry blob");
        }
        int flags = blob[3];
        int envelopeCode = (flags >> 1) & 0x07;
        int envelopeBytes = switch (envelopeCode) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("bad envelope code " + envelopeCode);
        };
        ByteBuffer wkb = ByteBuffer.wrap(blob, 8 + envelopeBytes, blob.length - 8 - envelopeBytes);
        wkb.order(wkb.get() == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int type = wkb.getInt();
        if (type != 2) {
            throw new IllegalArgumentException("expected WKB LINESTRING (2), got type " + type);
        }
        int n = wkb.getInt();
        double[] lonLat = new double[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            lonLat[i] = wkb.getDouble();
        }
        return lonLat;
    }
}
