package org.lngsim.world;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Named random streams derived from the run seed (SplitMix64 of the seed and the name's hash), so
 * adding a stream or drawing more from one never changes another: same seed, same draws.
 */
public final class RandomStreams {

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public RandomGenerator stream(String name) {
        return new MersenneTwister(derive(name));
    }

    /** A number in [0, 1) fixed by the seed and the name. */
    public double uniform(String name) {
        return (mix(derive(name)) >>> 11) * 0x1.0p-53;
    }

    long derive(String name) {
        long h = 1125899906842597L;
        for (int i = 0; i < name.length(); i++) {
            h = 31 * h + name.charAt(i);
        }
        return mix(seed ^ mix(h));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
