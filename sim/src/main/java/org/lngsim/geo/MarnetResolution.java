package org.lngsim.geo;

/**
 * The MARNET sea-lane resolutions shipped in the searoute-core jar. Finer resolutions follow
 * coasts and straits more closely at the cost of more nodes; see package-info for measurements.
 */
public enum MarnetResolution {
    KM_5("marnet/marnet_plus_5km.gpkg"),
    KM_10("marnet/marnet_plus_10km.gpkg"),
    KM_20("marnet/marnet_plus_20km.gpkg"),
    KM_50("marnet/marnet_plus_50km.gpkg"),
    KM_100("marnet/marnet_plus_100km.gpkg");

    private final String resourcePath;

    MarnetResolution(String resourcePath) {
        this.resourcePath = resourcePath;
    }

    /** Classpath location of the GeoPackage file. */
    public String resourcePath() {
        return resourcePath;
    }
}
