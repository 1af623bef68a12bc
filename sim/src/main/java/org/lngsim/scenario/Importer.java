package org.lngsim.scenario;

/** A country that imports LNG and is a party to contracts and to the protocol. */
public record Importer(String id, String name, Double publishedImportsMt, String source) {
}
