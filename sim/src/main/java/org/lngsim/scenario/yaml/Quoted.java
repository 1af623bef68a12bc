package org.lngsim.scenario.yaml;

/**
 * How a message quotes text taken from a file: at most {@value #MAX_CHARS} characters, on one
 * line. A file reached by {@code extends} may be anything ({@code extends: /etc/shadow} parses as
 * a mapping whose keys are its lines), so no message may copy more of a file than a short key.
 */
public final class Quoted {

    public static final int MAX_CHARS = 40;

    private Quoted() {
    }

    /** {@code 'text'}, shortened with an ellipsis when longer than the limit. */
    public static String of(String text) {
        return "'" + shortened(text) + "'";
    }

    /** The text cut to the limit (whole code points), with control characters as spaces. */
    public static String shortened(String text) {
        String cut = text;
        if (text.codePointCount(0, text.length()) > MAX_CHARS) {
            cut = text.substring(0, text.offsetByCodePoints(0, MAX_CHARS)) + "…";
        }
        StringBuilder line = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return line.toString();
    }
}
