package org.lngsim.scenario;

/** Who ships the cargo and where title passes: FOB at loading, DES at discharge. */
public enum DeliveryTerms {
    FOB, DES
}
