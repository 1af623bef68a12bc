package org.lngsim.scenario;

/** A group of terminals whose send-out feeds the same consumers (Tokyo Bay, India's pool...). */
public record Region(String id, String name, String importer, String source) {
}
