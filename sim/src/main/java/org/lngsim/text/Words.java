package org.lngsim.text;

/** Small word forms shared by every text a person reads: the console, the charts and the report. */
public final class Words {

    private Words() {
    }

    /** {@code text} with its first letter in upper case: an id as a name ("tokyo" → "Tokyo"), a sentence's start. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
