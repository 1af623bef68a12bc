package org.lngsim.scenario;

/**
 * How contracts' delivery programmes are read: {@code profileBasis} says whether a seasonal profile
 * shapes arrivals at the terminal or loadings at the plant, and with it which cargoes are at sea
 * when the run starts. Absent: {@link #DEFAULT}, loading-referenced (the behaviour before issue 14).
 */
public record Programmes(ProfileBasis profileBasis, String source) {

    public static final Programmes DEFAULT = new Programmes(ProfileBasis.LOADING, null);

    public Programmes {
        profileBasis = profileBasis == null ? ProfileBasis.LOADING : profileBasis;
    }
}
