package org.lngsim.charts;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The file formats a chart can be written in. */
public enum ChartFormat {
    PNG, SVG, PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "png,svg" as a set; an unknown name is an {@link IllegalArgumentException} naming the valid ones. */
    public static Set<ChartFormat> parseList(String text) {
        Set<ChartFormat> formats = EnumSet.noneOf(ChartFormat.class);
        for (String part : text.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            try {
                formats.add(valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown chart format '" + name + "' (use png, svg, pdf)");
            }
        }
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no chart format given (use png, svg, pdf)");
        }
        return formats;
    }
}
