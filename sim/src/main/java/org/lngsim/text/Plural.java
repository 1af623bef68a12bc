package org.lngsim.text;

/**
 * A count with its noun in the right number: {@code of(1, "run")} is "1 run", {@code of(2, "run")}
 * "2 runs". English needs only the singular and, for irregular nouns, the plural ("cargo",
 * "cargoes"); zero takes the plural ("0 runs").
 */
public final class Plural {

    private Plural() {
    }

    /** "1 run", "3 runs". */
    public static String of(long count, String singular) {
        return count + " " + noun(count, singular);
    }

    /** "1 cargo", "3 cargoes". */
    public static String of(long count, String singular, String plural) {
        return count + " " + noun(count, singular, plural);
    }

    /** The noun alone, for callers that format the number themselves (e.g. "1,204 runs"). */
    public static String noun(long count, String singular) {
        return noun(count, singular, singular + "s");
    }

    public static String noun(long count, String singular, String plural) {
        return count == 1 ? singular : plural;
    }
}
